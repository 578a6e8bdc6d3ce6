"""Run every benchmark in this folder, one after the other (each prints its own table).

    .venv/bin/python benchmarks/run_all.py            # all
    .venv/bin/python benchmarks/run_all.py repair     # those whose name contains 'repair'
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    wanted = argv[1:]
    scripts = [p for p in sorted(HERE.glob("*.py"))
               if p.name not in {"run_all.py", "__init__.py"} and not p.name.startswith("_")
               and (not wanted or any(w in p.stem for w in wanted))]
    failed = 0
    for script in scripts:
        print(f"\n=== {script.name}", flush=True)
        failed += subprocess.call([sys.executable, str(script)], cwd=HERE.parent) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
