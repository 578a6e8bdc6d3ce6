"""Office titles, signing authority and personal names: the vocabulary of the signature block.

Web scrapes flatten the two-column tail onto one line ('KT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Hoàng
Anh Tuấn'), so the block is read as a sequence of pieces: an authority marker (TM./KT./TL./
Q./TUQ.) with the body or superior it acts for, the signer's own title, and the signer's
name.  Splitting 'BỘ TRƯỞNG THỨ TRƯỞNG' needs to know where one title ends and the next
starts: that is what :data:`TITLES` is for (longest match first).
"""
from __future__ import annotations

import re
import unicodedata

# Titles that sign Vietnamese administrative documents, head words first; each also exists
# with 'PHÓ ' in front (PHÓ CHỦ TỊCH, PHÓ GIÁM ĐỐC ...).
_BASE_TITLES = [
    "THỦ TƯỚNG", "CHỦ TỊCH", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "GIÁM ĐỐC", "TỔNG GIÁM ĐỐC",
    "TỔNG CỤC TRƯỞNG", "CỤC TRƯỞNG", "CHI CỤC TRƯỞNG", "VỤ TRƯỞNG", "CHÁNH VĂN PHÒNG",
    "CHÁNH THANH TRA", "TRƯỞNG PHÒNG", "TRƯỞNG BAN", "CHỦ NHIỆM", "BÍ THƯ", "TỔNG THƯ KÝ",
    "CHÁNH ÁN", "VIỆN TRƯỞNG", "HIỆU TRƯỞNG", "THỐNG ĐỐC", "TỔNG KIỂM TOÁN", "TRƯỞNG ĐOÀN",
    "CHỈ HUY TRƯỞNG", "CHÍNH ỦY", "TƯ LỆNH", "TRƯỞNG CÔNG AN", "THỦ TRƯỞNG", "KẾ TOÁN TRƯỞNG",
    "TRƯỞNG KHOA", "TRƯỞNG TRẠM", "TRƯỞNG THÔN", "CHÁNH VĂN PHÒNG UBND", "TỔNG BIÊN TẬP",
    "CHỦ TỊCH NƯỚC", "TRƯỞNG BAN CHỈ ĐẠO", "CHÁNH VĂN PHÒNG BỘ",
    # the head of the National Assembly signs its laws and resolutions with one title line
    "CHỦ TỊCH QUỐC HỘI",
    # the standing deputy of a Party committee or a people's committee signs with his rank
    # ('T/M TỈNH ỦY / PHÓ BÍ THƯ THƯỜNG TRỰC', 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH THƯỜNG TRỰC')
    "BÍ THƯ THƯỜNG TRỰC", "CHỦ TỊCH THƯỜNG TRỰC", "TỔNG BÍ THƯ",
    # and so does a ministry's, the Government's, a department's standing deputy ('KT. BỘ
    # TRƯỞNG / THỨ TRƯỞNG THƯỜNG TRỰC', 'PHÓ THỦ TƯỚNG THƯỜNG TRỰC', 'PHÓ GIÁM ĐỐC THƯỜNG TRỰC')
    "THỨ TRƯỞNG THƯỜNG TRỰC", "THỦ TƯỚNG THƯỜNG TRỰC", "GIÁM ĐỐC THƯỜNG TRỰC", "CHỦ NHIỆM THƯỜNG TRỰC",
    # the head of a sub-committee or a team (an election's 'TM. TIỂU BAN / TRƯỞNG TIỂU BAN')
    "TRƯỞNG TIỂU BAN", "TỔ TRƯỞNG",
    # (header33: a team's deputy is its 'TỔ PHÓ', the standing one 'TỔ PHÓ THƯỜNG TRỰC' ('KT. TỔ TRƯỞNG / TỔ PHÓ THƯỜNG
    # TRỰC' under a task force's letter, measure24's unseen24 class (s); the rank in real teams' member lists, 'Tổ trưởng' /
    # 'Tổ phó thường trực' / 'Tổ phó': a commune's and a ward's Tổ công tác, a Tổ giúp việc of a steering board): read
    # whole, never cut to 'PHÓ THƯỜNG TRỰC')
    "TỔ PHÓ", "TỔ PHÓ THƯỜNG TRỰC", "TỔ TRƯỞNG THƯỜNG TRỰC",
]
# (longest first, then alphabetical: a set's order changes with each process's string hashing,
# and titles of one length, 'PHÓ THỦ TRƯỞNG' / 'PHÓ THỨ TRƯỞNG', must come in one order every run)
TITLES = sorted({t for b in _BASE_TITLES for t in (b, "PHÓ " + b)}, key=lambda t: (-len(t), t))
_TITLE_ALT = "|".join(re.escape(t) for t in TITLES)
TITLE_RE = re.compile(r"(?<![^\s,;:(|])(" + _TITLE_ALT + r")(?![^\s,.;:)|])")

# Lowercase syllable letters of Vietnamese (a name syllable: one capital, then these).
_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"

# 'K/T', 'T/M', 'T/L' are the older way of writing 'KT.', 'TM.', 'TL.'.
# 'Q.' and 'TUQ.' need their dot ('VB QPPL' is no authority); 'KT CHỦ TỊCH' without a dot
# happens, but a marker glued to letters is part of a word ('Phòng TNN-KTTV'); a marker may
# stand alone at the end of a line when the column wrapped.
# (header25) 'Q.' before a title in capitals only: 'À-Ỹ' spans lowercase letters too, and a drafter's initial glued to
# his name in the 'Lưu:' line ('Lưu: VT, QHĐP (3)Q.Cường.') is no acting head
AUTHORITY_RE = re.compile(
    r"(?<![\w/\-])(?:(TM|KT|TL)(?:\s*\.\s*|\s+)(?=[A-ZĐÀ-Ỹ]{2}|$)|(TUQ|Q)\.\s*(?=[" + _UPPER + r"]{2})"
    r"|(K/T|T/M|T/L)(?:\s*\.\s*|\s+)(?=[A-ZĐÀ-Ỹ]{2}|$))"
)
SIGNED_RE = re.compile(
    # ('(đã kỹ)': the mark of 'ký' mistyped in a posted copy)
    r"\((?:\s*đã\s+k[ýỹ][^)]*|\s*ký\s+tên[^)]*|\s*signed[^)]*|\s*chữ\s+ký[^)]*)\)"
    r"|\[(?:[^\]]*(?:ký|ky|sign|chữ ký|image|seal|dấu)[^\]]*)\]|\bđã\s+ký\b",
    re.IGNORECASE,
)

SYLLABLE = f"[{_UPPER}][{_LOWER}]{{0,6}}"
NAME_RE = re.compile(rf"(?<![\w{_LOWER}])({SYLLABLE}(?:\s+{SYLLABLE}){{1,4}})(?![\w{_LOWER}])")
# Capitalised phrases of a tail that are not names.
NOT_NAMES = {
    "như trên", "nơi nhận", "lưu", "kính gửi", "hà nội", "giám đốc", "văn phòng", "các sở",
    "trung tâm", "công báo", "website", "cổng", "thường trực", "lưu vt", "đã ký",
    # (the country closes many bodies' names: "Hội CCB Việt Nam", "MTTQ Việt Nam"; no person's)
    "việt nam",
}
_ADMIN_WORDS = {
    "sở", "bộ", "phòng", "ban", "ủy", "uỷ", "cục", "tỉnh", "huyện", "xã", "thành", "phố", "trung",
    "văn", "như", "các", "trường", "đảng", "hội", "cổng", "trang", "nơi", "kính",
    "chủ", "phó", "giám", "đốc", "chánh", "thường", "trực", "đ/c", "công", "báo", "tổng", "chính",
    "phủ", "quốc", "nhà", "nước", "lãnh", "đạo", "website", "ubnd", "hđnd", "vp", "sao", "gửi",
}


# the second words that make 'Văn ...' a noun or a place, not a surname and a given name
_VAN_WORDS = {"phòng", "bản", "hóa", "hoá", "kiện", "thư", "minh", "học", "miếu", "nghệ", "hiến", "chương", "phong", "xã", "thể"}


# Ranks and degrees printed before a signer's name: 'Đại tướng Lương Tam Quang', 'TS. Nguyễn Văn A'.
RANK_RE = re.compile(
    r"^\s*(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)|(?:GS|PGS|TS|ThS|BS|KS|CN|Ths)\.?(?:\s*,?\s*(?:TS|BS|KS|ThS)\.?)*)\s+"
)


def strip_rank(text: str) -> str:
    return RANK_RE.sub("", text, count=1).strip()


def is_personal_name(text: str) -> bool:
    """'Nguyễn Văn Hiệp', 'Tố Hữu': 2-5 capitalised syllables and no administrative word.

    'Văn' is a common middle name, so it is allowed anywhere but at the start."""
    t = strip_rank(unicodedata.normalize("NFC", text.strip()))
    if not NAME_RE.fullmatch(t):
        return False
    words = t.split()
    if t.casefold() in NOT_NAMES:
        return False
    first = words[0].casefold()
    if first in _ADMIN_WORDS and not (first == "văn" and len(words) >= 3 and words[1].casefold() not in _VAN_WORDS):
        # ('Văn Trọng Lý', 'Văn Thị Thu Hà': Văn is a surname too; three syllables or more and no
        # word that makes 'Văn ...' a noun ('Văn phòng', 'Văn bản', 'Văn Miếu') keep it a name)
        return False
    rest = [w.casefold() for w in words[1:]]
    # ('Nguyễn Thị Thu Trang', 'Lê Huyền Trang': 'Trang' is a given name after the first word;
    # a website's 'Trang thông tin' opens with it)
    return not any(w in _ADMIN_WORDS - {"văn", "chính", "công", "quốc", "trung", "thành", "hội", "đoàn", "trường", "nhà", "tổng", "chủ", "trang"} for w in rest)


# given names that are administrative words too ('Nguyễn Văn Phòng', 'Lê Văn Thường', 'Trần Văn
# Đạo', 'Phạm Văn Kính', 'Đỗ Văn Trực'): after a common surname, in the name's last place, they
# are a person's ('Văn phòng', 'Thường trực' as nouns are lowercase after their first word)
_GIVEN_ADMIN_WORDS = {"phòng", "thường", "trực", "đạo", "kính"}


def is_signer_name(text: str) -> bool:
    """is_personal_name, and a signature's name whose given name is an administrative word
    (see _GIVEN_ADMIN_WORDS): 3-4 capitalised words opening with a common surname."""
    if is_personal_name(text):
        return True
    from pipeline.repair.ocrphrases import SURNAMES
    t = strip_rank(unicodedata.normalize("NFC", text.strip()))
    words = t.split()
    if not 3 <= len(words) <= 4 or not NAME_RE.fullmatch(t) or words[0] not in SURNAMES:
        return False
    return words[-1].casefold() in _GIVEN_ADMIN_WORDS and is_personal_name(" ".join(words[:-1]) + " An")


def last_name_in(text: str) -> str | None:
    """The last personal name in a piece of text (a tail line may carry a recipient first)."""
    found = None
    for m in NAME_RE.finditer(text):
        cand = m.group(1)
        # trim leading words until it looks like a name ('Thành ủy ... Lê Thị Bích Thuận')
        words = cand.split()
        for i in range(len(words) - 1):
            sub = " ".join(words[i:])
            if is_personal_name(sub):
                found = sub
                break
    return found
