"""(verbs15) Points of a request in a press retelling open on verbs learned from the gazette's list
items (models/directive_verbs.tsv), and one unread sentence does not end the run of points."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.extract import extract
from pipeline.extract.tasks import DIRECTIVE_VERBS, opens_on_a_duty
from pipeline.model import Document, lines_from_text
from pipeline.structure import structure


def texts(text: str) -> list[str]:
    doc = Document("t", lines=lines_from_text(text))
    return [t.text for t in extract(structure(doc, Config()), Config()).tasks]


LEAD = "UBND tỉnh vừa có văn bản chỉ đạo về phòng, chống thiên tai.\n\nTheo đó, UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung rà soát các công trình xung yếu trên địa bàn.\n\n"


def test_the_lexicon_is_learned_and_keeps_the_hand_list():
    for v in ("thiết lập", "kết nối", "lắp đặt", "rà soát", "tăng cường", "cử"):
        assert v in DIRECTIVE_VERBS
    for noun in ("chính phủ", "chủ tịch", "giám đốc", "hội đồng", "đối với", "có mặt"):
        assert noun not in DIRECTIVE_VERBS


@pytest.mark.parametrize("point", [
    "Thiết lập đường dây nóng để tiếp nhận thông tin từ người dân.",
    "Kết nối dữ liệu giữa các cơ quan để theo dõi tình hình mưa lũ.",
    "Lắp đặt biển cảnh báo tại các ngầm, tràn thường xuyên bị ngập.",
])
def test_a_point_on_a_learned_verb_is_read(point):
    assert any(t.startswith(point[:20]) for t in texts(LEAD + point + "\n"))


@pytest.mark.parametrize("point", [
    "Thiết lập đường dây nóng để tiếp nhận thông tin từ người dân.",
    "Lắp đặt biển cảnh báo tại các ngầm, tràn thường xuyên bị ngập.",
])
def test_one_unread_sentence_does_not_end_the_run(point):
    text = LEAD + "Sẵn sàng phương án sơ tán dân ra khỏi khu vực nguy hiểm khi có tình huống xấu.\n\n" + point + "\n"
    assert any(t.startswith(point[:20]) for t in texts(text))


def test_two_unread_sentences_end_the_run():
    text = (LEAD + "Bão số 5 đã mạnh lên cấp 12, giật cấp 15 trong đêm qua.\n\n"
            "Nhiều tuyến đường ở huyện miền núi bị sạt lở, chia cắt hoàn toàn.\n\n"
            "Thiết lập đường dây nóng để tiếp nhận thông tin từ người dân.\n")
    assert not any(t.startswith("Thiết lập") for t in texts(text))


@pytest.mark.parametrize("sentence", [
    "Hệ thống đê điều trên địa bàn tỉnh dài hơn 300 km, nhiều đoạn xung yếu.",
    "Nhằm bảo đảm an toàn cho người dân trong mùa mưa bão năm nay.",
    "Kết quả kiểm tra cho thấy nhiều công trình đã xuống cấp.",
    "Năm 2023, toàn tỉnh có 15 hồ chứa bị hư hỏng.",
])
def test_facts_purposes_and_noun_led_sentences_are_not_points(sentence):
    assert not opens_on_a_duty(sentence)
    assert not any(t.startswith(sentence[:20]) for t in texts(LEAD + sentence + "\n"))


@pytest.mark.parametrize("point", [
    "Đối với khu vực miền núi, trung du: Tiếp tục rà soát các khu vực có nguy cơ sạt lở đất.",
    "Đối với các đơn vị chưa xây dựng cơ sở dữ liệu: Khẩn trương rà soát, cập nhật số liệu.",
    "Riêng khu vực ven biển: tổ chức sơ tán dân ra khỏi vùng nguy hiểm.",
])
def test_a_point_fronted_by_its_place_before_a_colon(point):
    assert opens_on_a_duty(point)
    assert any(t.startswith(point[:20]) for t in texts(LEAD + point + "\n"))


@pytest.mark.parametrize("point", [
    "Căn cứ tình hình cụ thể nguồn nước ở từng khu vực, khả năng cấp nước để hướng dẫn cơ cấu cây trồng phù hợp.",
    "Căn cứ vào điều kiện thực tế của địa phương, hình thành các tổ tư vấn hỗ trợ người dân.",
    "Căn cứ diễn biến của mưa lũ, triển khai phương án sơ tán dân kịp thời.",
])
def test_a_point_after_its_ground_is_read(point):
    assert opens_on_a_duty(point)
    assert any(t.startswith(point[:20]) for t in texts(LEAD + point + "\n"))


@pytest.mark.parametrize("sentence", [
    "Căn cứ tình hình thực tế, Ban Thường trực Ủy ban MTTQ xã tổ chức các hình thức tuyên truyền.",
    "Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013, triển khai các nội dung sau.",
    "Đối với khu vực miền núi: tình hình mưa lũ còn diễn biến phức tạp.",
])
def test_a_ground_with_its_own_subject_or_a_law_or_a_fact_after_a_topic_is_no_bare_point(sentence):
    assert not opens_on_a_duty(sentence)
