"""Page cleaning before Tesseract and the line-by-line choice between two readings.

remove_specks: dust and toner specks standing alone are painted out; the small marks of
writing (tone marks, the dot of 'i', the dot under 'ạ', full stops, commas, ellipses) sit
close to their letters and stay.  choose_lines: a line of the kept reading is replaced by
the other reading's line over the same box only when the language model finds it likelier
and both cut the line into the same words up to marks.
"""
from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from pipeline.ingest.layout import Segment
from pipeline.ingest.ocr import choose_lines, otsu_threshold, remove_specks

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def _page(lines, size=(1600, 500), px=40):
    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, px)
    for text, x, y in lines:
        draw.text((x, y), text, fill=30, font=font)
    return img


def _dark(img):
    a = np.asarray(img)
    return a < otsu_threshold(a)


def test_otsu_threshold_splits_ink_from_paper():
    a = np.full((50, 50), 240, np.uint8)
    a[10:20, 10:40] = 60
    t = otsu_threshold(a)
    assert 60 < t <= 240


def test_specks_in_margins_and_between_lines_go():
    img = _page([("Căn cứ Luật Tổ chức chính quyền địa phương;", 200, 60),
                 ("Điều 1. Ban hành kèm theo Quyết định này.", 200, 200)])
    a = np.asarray(img).copy()
    specks = [(30, 40), (150, 700), (330, 90), (420, 1500)]  # margin, between lines, left margin, corner
    for y, x in specks:
        a[y:y + 2, x:x + 2] = 20
    out, n = remove_specks(Image.fromarray(a), 300)
    b = np.asarray(out)
    assert n == len(specks)
    for y, x in specks:
        assert (b[y:y + 2, x:x + 2] == 255).all()


def test_marks_dots_and_punctuation_of_writing_stay():
    # tone marks above and below, the dot of i, full stops, a comma, an ellipsis, a lone
    # hyphen of a list item and a decimal point: every dark pixel of the text stays
    for text in ("Kịp thời, đầy đủ; ổn định.", "ví dụ: 1.000 đồng...", "- Ủy ban nhân dân xã ạ ị ọ ụ ỵ.",
                 "i. ii. iii. … ; : ! ?"):
        img = _page([(text, 100, 80)], size=(1400, 200))
        out, n = remove_specks(img, 300)
        assert n == 0, text
        assert (_dark(out) == _dark(img)).all(), text


def test_small_text_at_150_dpi_keeps_its_marks():
    img = _page([("Sở Tài chính; Kế hoạch và Đầu tư.", 40, 20)], size=(700, 80), px=18)
    out, n = remove_specks(img, 150)
    assert n == 0


def _seg(text, x0, top, x1=500.0, bottom=None, conf=0.9):
    return Segment(text=text, x0=x0, top=top, x1=x1, bottom=bottom if bottom is not None else top + 12,
                   conf=conf, size=12)


def test_a_line_read_better_by_the_other_setting_replaces_the_kept_one():
    kept = [_seg("Điều 1. Ban hành kèm theo Quyết định này", 60, 100),
            _seg("Kế hoạch thời gian năm hoc đôi vói giáo dục mâm non", 60, 120)]
    other = [_seg("Điều 1. Ban hành kèm theo Quyết định này", 61, 100.5),
             _seg("Kế hoạch thời gian năm học đối với giáo dục mầm non", 60.5, 120.5)]
    out, n = choose_lines(kept, [other])
    assert n == 1
    assert out[0] is kept[0]
    assert out[1].text == "Kế hoạch thời gian năm học đối với giáo dục mầm non"


def test_other_readings_of_the_line_that_lose_or_add_words_are_not_taken():
    kept = [_seg("các sở, ban, ngành tỉnh chủ trì thực hiện", 60, 100)]
    fewer = [_seg("các sở ngành tỉnh chủ trì thực hiện", 60, 100)]        # words lost
    split = [_seg("các sở, ban, ngành tỉnh chủ trì thực hi ện", 60, 100)]  # a word cut
    assert choose_lines(kept, [fewer])[1] == 0
    assert choose_lines(kept, [split])[1] == 0


def test_lines_over_different_boxes_are_not_matched():
    kept = [_seg("Căn cứ Luật Giáo dục ngày 14/6/2019", 60, 100, x1=300)]
    other = [_seg("Căn cứ Luật Giáo dục ngay 14/6/2019 và Luật", 60, 100, x1=560),
             _seg("Căn cứ Luật Giáo dục ngày 14/6/2019", 60, 140, x1=300)]
    assert choose_lines(kept, [other])[1] == 0


def test_the_kept_reading_stays_when_it_is_the_likelier_one():
    kept = [_seg("Ủy ban nhân dân tỉnh đề nghị các sở triển khai thực hiện", 60, 100)]
    other = [_seg("Ủy ban nhân dân tinh đê nghị các sớ triên khai thực hiện", 60, 100)]
    assert choose_lines(kept, [other])[1] == 0


def test_a_line_that_differs_in_a_digit_or_a_sign_is_not_taken():
    kept = [_seg("Điều 3. Điều kiện hồ trợ giải quyet việc làm", 60, 100)]
    digit = [_seg("Điều 5. Điều kiện hỗ trợ giải quyết việc làm", 60, 100)]
    sign = [_seg("Điều 3, Điều kiện hỗ trợ giải quyết việc làm", 60, 100)]
    assert choose_lines(kept, [digit])[1] == 0
    assert choose_lines(kept, [sign])[1] == 0
    same = [_seg("Điều 3. Điều kiện hỗ trợ giải quyết việc làm", 60, 100)]
    assert choose_lines(kept, [same])[1] == 1


def test_a_line_dropped_as_noise_is_never_swapped_in_or_out():
    # a stamp read weakly by one setting (dropped as noise) and more surely by the other
    stamp_weak = [_seg("ĐẾN Ngày Số", 60, 100, conf=0.2)]
    stamp_sure = [_seg("ĐẾN Ngày Sở", 60, 100, conf=0.9)]
    assert choose_lines(stamp_weak, [stamp_sure])[1] == 0
    assert choose_lines(stamp_sure, [stamp_weak])[1] == 0
