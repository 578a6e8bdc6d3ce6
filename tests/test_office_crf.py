"""The learned office tagger's pieces (pipeline/extract/office_crf.py): tokens, the tagged
sequence, BIO labels from gold names and spans back from tags; a tiny fit on several wordings."""
import pytest

from pipeline.extract import office_crf as oc


def test_tokens_keep_joined_abbreviations():
    toks = [t for t, _, _ in oc.tokenize("Sở TN&MT, Công an TP.HCM và Sở LĐ-TB&XH; (UBND)")]
    assert toks == ["Sở", "TN&MT", ",", "Công", "an", "TP.HCM", "và", "Sở", "LĐ-TB&XH", ";", "(", "UBND", ")"]


@pytest.mark.parametrize("text,target", [
    ("Điều 3. Tổ chức thực hiện\n1. Sở Y tế chủ trì, phối hợp với Sở Tài chính\nthực hiện kế hoạch.", "1. Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện kế hoạch."),
    ("UBND tỉnh yêu cầu:\n- Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện.", "- Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện."),
])
def test_sequence_marks_the_target_even_across_a_line_wrap(text, target):
    seq = oc.sequence(text, target)
    tgt = [t.text for t in seq if t.target]
    assert tgt[:4] == ["1", ".", "Sở", "Y"] or tgt[:4] == ["-", "Sở", "Y", "tế"]
    assert tgt[-2:] in (["hoạch", "."], ["hiện", "."])
    assert any(not t.target and t.side == -1 for t in seq)


@pytest.mark.parametrize("text,offices,lead,want", [
    ("Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện.", ["Sở Y tế", "Sở Tài chính"], "Sở Y tế",
     [("Sở Y tế", "L"), ("Sở Tài chính", "S")]),
    ("Đề nghị Uỷ ban nhân dân các xã, thị trấn phối hợp thực hiện.", ["Ủy ban nhân dân các xã, thị trấn"], None,
     [("Uỷ ban nhân dân các xã, thị trấn", "S")]),
    ("Các sở, ngành phối hợp với Công an tỉnh triển khai.", ["Các sở, ngành", "Công an tỉnh"], "Các sở, ngành",
     [("Các sở, ngành", "L"), ("Công an tỉnh", "S")]),
])
def test_labels_and_spans_round_trip(text, offices, lead, want):
    seq = oc.sequence(text, None)
    tags = oc.labels(seq, offices, lead)
    assert sorted(oc.spans(seq, text, tags)) == sorted(want)


def test_a_name_in_the_lead_in_is_tagged_when_the_item_does_not_repeat_it():
    text = "3. Sở Nông nghiệp và Môi trường có trách nhiệm:\na) Hướng dẫn các xã thực hiện."
    seq = oc.sequence(text, "a) Hướng dẫn các xã thực hiện.")
    tags = oc.labels(seq, ["Sở Nông nghiệp và Môi trường"], "Sở Nông nghiệp và Môi trường")
    assert oc.spans(seq, text, tags) == [("Sở Nông nghiệp và Môi trường", "L")]


def test_a_small_fit_reads_a_body_it_has_not_seen_in_a_known_frame():
    train = [
        ("Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện.", None, ["Sở Y tế", "Sở Tài chính"], "Sở Y tế"),
        ("Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp thực hiện.", None, ["Sở Nội vụ", "Sở Tư pháp"], "Sở Nội vụ"),
        ("Đề nghị Công an tỉnh phối hợp với Sở Y tế kiểm tra.", None, ["Công an tỉnh", "Sở Y tế"], "Công an tỉnh"),
        ("Yêu cầu UBND các xã triển khai thực hiện.", None, ["UBND các xã"], "UBND các xã"),
        ("Sở Công Thương chủ trì, phối hợp với Sở Xây dựng rà soát.", None, ["Sở Công Thương", "Sở Xây dựng"], "Sở Công Thương"),
        ("Báo cáo kết quả về UBND tỉnh trước ngày 10.", None, [], None),
    ] * 3
    crf = oc.train(train, max_iterations=60)
    offices, lead = oc.predict(crf, "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nội vụ thực hiện.", None)
    assert "Sở Nội vụ" in offices
    assert any(o.startswith("Sở Giáo dục") for o in offices)
