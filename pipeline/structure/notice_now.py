"""(header38) The body whose own notice follows the grounds it cites: '... . Nay UBND phường Hương Xuân thông báo ...'.

A commune's or a ward's notice posted without its header block opens on the document it follows ('Theo Thông báo số
308/TB-ĐLHTr ... của Điện lực Hương Trà về việc ngừng cấp điện ... .', unseen_repair y27; 'Thực hiện Kế hoạch số: 811/KH-UBND
... ; Để đảm bảo vệ sinh môi trường ... .', deadline_audit_short sd16) and then says its own act with 'Nay <body> thông báo
...' ('Nay UBND xã Hải Dương thông báo kế hoạch cụ thể ...'). samples/gold/README.md (header37's 'Theo' convention) reads
such an item as the body's own notice, the cited document its ground: the body is the issuer, the type "Thông báo" (the
notice's number and day are not printed). No reader took that body before (both texts gave no issuer).
"""

from __future__ import annotations

import re

from pipeline.structure.posted import _LEAD_BODY, _body

_NOW_NOTICE_RE = re.compile(r"(?:^|(?<=[.;!?])\s+)Nay\s*,?\s+(?P<body>" + _LEAD_BODY + r")\s+(?:xin\s+)?thông\s+báo(?![^\W_])")


def now_notice_issuer(texts: list[str]) -> str | None:
    """The body of the first 'Nay <body> thông báo ...' among the item's first lines (see the module's docstring), or None."""
    for t in texts:
        m = _NOW_NOTICE_RE.search(t.strip())
        if m:
            return _body(m.group("body"))
    return None
