"""tasks31: 'phát biểu chỉ đạo' (a directing speech given) and 'làm việc khẩn trương' (urgent work done)
are reports, no cue (pipeline/extract/falsecues.py). The sentences are task_audit's short texts (the `pages`
corpus: sg17, se22, sa90, sg19) and the development gold's yf12 / yy2, none of the standing sets."""
from __future__ import annotations

import re

from conftest import extracted_tasks

from pipeline.extract.tasks import DIRECTIVE_CUE_RE, _NOUN_CUE_RE


def _cue(t: str) -> bool:
    return bool(DIRECTIVE_CUE_RE.search(_NOUN_CUE_RE.sub(" ", t)))


def _texts(text: str) -> list[str]:
    return [re.sub(r"\s+", " ", t.text) for t in extracted_tasks(text)]


def test_a_speech_given_and_urgent_work_done_are_no_cue():
    for t in ("Hội nghị vinh dự đón tiếp đồng chí Bùi Quốc Khánh, Tỉnh ủy viên, Giám đốc Sở Công thương đến dự "
              "và phát biểu chỉ đạo.",
              "Sau 2 ngày làm việc khẩn trương, kỳ họp HĐND huyện lần thứ 5, khóa XIX, nhiệm kỳ 2016 – 2021 đã hoàn "
              "thành chương trình nghị sự đề ra.",
              "Ghi nhận tại phường Hòa Lợi, sau 2 ngày làm việc khẩn trương, Hội đồng NVQS phường đã tiến hành khám sơ "
              "tuyển cho hơn 520 thanh niên."):
        assert not _cue(t), t


def test_the_ask_the_speech_makes_is_still_a_cue():
    for t in ("Phát biểu chỉ đạo tại Hội nghị, lãnh đạo UBND xã đề nghị lực lượng tham gia bảo vệ ANTT ở cơ sở tiếp "
              "tục nâng cao chất lượng công tác nắm tình hình.",
              "Phát biểu chỉ đạo tại hội nghị đồng chí Chủ tịch UBND tỉnh yêu cầu các ngành, địa phương khẩn trương, "
              "quyết liệt vào cuộc.",
              "UBND huyện yêu cầu các xã khẩn trương triển khai kế hoạch.",
              "Các đơn vị cần làm việc khẩn trương hơn nữa."):
        assert _cue(t), t


def test_a_meeting_report_keeps_its_asks_and_drops_the_speech_line():
    text = ("Sáng 12/9, Đảng ủy xã tổ chức hội nghị sơ kết công tác 9 tháng đầu năm. Hội nghị vinh dự đón tiếp "
            "đồng chí Bùi Quốc Khánh, Tỉnh ủy viên, Giám đốc Sở Công thương đến dự và phát biểu chỉ đạo. "
            "Phát biểu chỉ đạo tại hội nghị, đồng chí Bí thư Đảng ủy đề nghị các chi bộ tiếp tục tập trung "
            "lãnh đạo hoàn thành các chỉ tiêu năm 2025.\n")
    texts = _texts(text)
    assert not any("đến dự và phát biểu chỉ đạo" in t for t in texts), texts
    assert any(t.startswith("Phát biểu chỉ đạo tại hội nghị, đồng chí Bí thư") for t in texts), texts


def test_a_credit_with_initials_ends_a_caption():
    # task_audit short5 sh04 (a caption and its credit in one paragraph) and short3 se08
    text = ("Công điện nêu rõ chiều tối 25-8, vùng tâm bão sẽ đổ bộ trực tiếp vào khu vực Nghệ An - Hà Tĩnh.\n\n"
            "Phó Thủ tướng Trần Hồng Hà kiểm tra điểm sơ tán, tránh trú bão cho người dân tại Trường Tiểu học xã "
            "Diễn Châu. Ảnh: B. Phạm\n\n"
            "Theo đó, Thủ tướng Chính phủ yêu cầu Chủ tịch UBND các tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh khẩn trương "
            "tổ chức sơ tán người dân khỏi khu vực nguy hiểm.\n")
    texts = _texts(text)
    assert not any(t.startswith("Phó Thủ tướng Trần Hồng Hà kiểm tra") for t in texts), texts
    assert any(t.startswith("Theo đó, Thủ tướng Chính phủ yêu cầu") for t in texts), texts


def test_other_items_after_tin_tuc_khac_are_no_tasks():
    # task_audit short5 sh01: the page's list of other items after 'Tin tức khác'
    text = ("Ngày 16/4/2025, phường Thanh Sơn đã tổ chức lấy ý kiến cử tri về phương án sắp xếp đơn vị hành chính.\n\n"
            "Đề nghị các khu phố tiếp tục tuyên truyền để cử tri tham gia đầy đủ.\n\n"
            "Hồng Nhung\n\nTin tức khác\n\n"
            "- Phường Uông Bí tổng kết công tác quốc phòng, quân sự địa phương năm 2025\n"
            "- Phường Uông Bí tổng kết công tác phòng, chống tội phạm năm 2025\n")
    texts = _texts(text)
    assert not any(t.startswith("Phường Uông Bí") for t in texts), texts
    assert any(t.startswith("Đề nghị các khu phố") for t in texts), texts
