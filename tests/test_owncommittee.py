"""(G3, session 32) the issuing committee named bare as its own step's doer lists no office; a bare committee
in a higher body's document, or one with its place name, stays (pipeline/extract/owncommittee.py)."""
from pathlib import Path

from pipeline.extract.owncommittee import drop_own_committee
from pipeline.model import OfficeRole, Task

ROOT = Path(__file__).resolve().parents[1]


def _task(text: str, *names: str) -> Task:
    t = Task(id=1, section="", text=text, line_start=1, line_end=1)
    t.offices = [OfficeRole(n, "lead", n, "inline") for n in names]
    return t


def test_a_ward_notice_s_own_check_lists_no_office():
    # development yh3 (Hà Nội, phường Nam Đồng, 2023): the notice's last sentence
    line = [ln for ln in (ROOT / "samples/text/yh3_hanoi_dongda_ubndphuongnamdong_thongbao_treoco_2023.txt")
            .read_text(encoding="utf-8").splitlines() if ln.startswith("UBND phường tổ chức đoàn")][0]
    t = _task(line, "UBND phường")
    drop_own_committee([t], "UBND phường Nam Đồng")
    assert t.offices == []


def test_a_ward_reply_s_own_step_lists_no_office():
    # development eh6 (Huế, phường Thủy Xuân, 2021): the ward answers a citizen
    t = _task("UBND phường sẽ tiếp tục làm việc để yêu cầu ông Hải có phương án khắc phục.", "UBND phường")
    drop_own_committee([t], "UBND phường Thủy Xuân")
    assert t.offices == []


def test_a_district_plan_s_bare_communes_stay():
    # a district's plan: 'UBND xã' is every commune, not the issuer
    t = _task("UBND xã chỉ đạo các thôn tổ chức ra quân làm vệ sinh môi trường.", "UBND xã")
    drop_own_committee([t], "UBND huyện Đam Rông")
    assert [r.office for r in t.offices] == ["UBND xã"]


def test_a_named_committee_and_a_partner_stay():
    t = _task("UBND phường Cống Vị phối hợp với Công an phường kiểm tra.", "UBND phường Cống Vị", "Công an phường")
    drop_own_committee([t], "UBND phường Nam Đồng")
    assert [r.office for r in t.offices] == ["UBND phường Cống Vị", "Công an phường"]
    t = _task("Đề nghị UBND phường phối hợp kiểm tra.", "UBND phường")
    drop_own_committee([t], "UBND phường Nam Đồng")
    assert [r.office for r in t.offices] == ["UBND phường"]


def test_no_issuer_or_another_kind_of_issuer_changes_nothing():
    for issuer in (None, "", "Sở Y tế tỉnh Lâm Đồng"):
        t = _task("UBND phường tổ chức kiểm tra.", "UBND phường")
        drop_own_committee([t], issuer)
        assert [r.office for r in t.offices] == ["UBND phường"]
