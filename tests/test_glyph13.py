"""Session 12 (issue #3): lost glyphs and cid codes the first pass on the unseen p1-p15 left.

Each rule is written from general Vietnamese usage, with more than one wording."""
from pipeline.repair.ciddigits import DateChecks
from pipeline.repair.glyphdigits import law_fills, law_matches
from pipeline.repair.glyphphrases import named_code_fills

ALL = set("0123456789")


def _apply(text: str, fills) -> str:
    chars = list(text)
    for f in fills:
        chars[f[0]] = f[1]
    return "".join(chars)


# ------------------------------------------------------------------ laws cited by name
def test_law_date_by_name():
    # a local decision's first legal basis: the law's date printed with a lost digit
    t = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 1  tháng 6 năm 2015;"
    assert _apply(t, law_fills(t, ALL)) == "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
    # the year's digit lost, the date written with slashes
    t = "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22/6/20 5;"
    assert _apply(t, law_fills(t, ALL)) == "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22/6/2015;"
    # a code ('Bộ luật') in capitals at a line's start
    t = "Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 201 ;"
    assert _apply(t, law_fills(t, ALL)) == "Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;"


def test_law_number_by_name():
    # the number 'số N/YYYY/QHkk' after the name: the year and the Assembly's term
    t = "Căn cứ Luật Tổ chức Quốc hội số 57/20 4/QH 3;"
    assert _apply(t, law_fills(t, ALL)) == "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;"
    t = "Căn cứ Luật An toàn, vệ sinh lao động số 84/2015/QH 3 ngày 25 tháng 6 năm 2015;"
    assert _apply(t, law_fills(t, ALL)) == "Căn cứ Luật An toàn, vệ sinh lao động số 84/2015/QH13 ngày 25 tháng 6 năm 2015;"


def test_law_fill_refused_without_evidence():
    # a law and its successor share the name: a gap both dates fit is left
    t = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 1  tháng 6 năm 20 5;"
    assert law_fills(t, ALL) == []
    # only digits the font may have lost fill a gap ('9' printed by the damaged lines)
    t = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 1  tháng 6 năm 2015;"
    assert law_fills(t, set("0123")) == []
    # a name the gazette does not cite, or cites no date for: nothing
    t = "Căn cứ Luật Tổ chức hội đồng hương ước ngày 1  tháng 6 năm 2015;"
    assert law_fills(t, ALL) == []
    # fewer than half of the digits printed: too little to tell the citation by
    t = "Căn cứ Luật Tổ chức chính quyền địa phương ngày    tháng   năm 2   ;"
    assert law_fills(t, ALL) == []


def test_law_matches_checks_a_cid_reading():
    # a '(cid:NN)' reading that gives a law its gazette date scores; another does not
    assert law_matches("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;") == 1
    assert law_matches("Căn cứ Luật Tổ chức chính quyền địa phương ngày 13 tháng 6 năm 2015;") == 0
    assert law_matches("Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;") == 1
    assert law_matches("Căn cứ Luật Tổ chức Quốc hội số 57/2017/QH13;") == 0
    checks = DateChecks(["Hà Nội, ngày 12 tháng 3 năm 2019"])
    right = checks.score("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
    wrong = checks.score("Căn cứ Luật Tổ chức chính quyền địa phương ngày 13 tháng 6 năm 2015;")
    assert right > wrong


# ------------------------------------------------------------------ names of a fixed spelling
def test_named_codes():
    t = "phòng, chống dịch COVID- 9 theo Chỉ thị"
    assert _apply(t, named_code_fills(t)) == "phòng, chống dịch COVID-19 theo Chỉ thị"
    t = "dịch bệnh C vid- 9 trên địa bàn"
    assert _apply(t, named_code_fills(t)) == "dịch bệnh Covid-19 trên địa bàn"
    t = "tiêm vắc xin phòng covid-1  cho trẻ"
    assert named_code_fills(t) == []  # its last character lost: where the token ends is not sure
    t = "virus SARS-C V-2 gây bệnh"
    assert _apply(t, named_code_fills(t)) == "virus SARS-CoV-2 gây bệnh"
    # half of it lost, or another token: nothing
    assert named_code_fills("dịch C   d- 9 mới") == []
    assert named_code_fills("mã COVAD-19 khác") == []
