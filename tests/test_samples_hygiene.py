"""The unseen repair texts are unseen: none repeats a document the repair is tuned on."""
from scripts.find_duplicate_texts import duplicate_pairs, overlap, shingles
from tests.conftest import SAMPLES


def test_shingles_find_an_excerpt_of_a_document():
    whole = ("Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành và Ủy ban nhân dân các huyện, "
             "thành phố triển khai thực hiện nghiêm túc các nội dung sau đây trước ngày 30/6/2026.")
    excerpt = whole.split(" và ")[1].upper()
    assert overlap(shingles(excerpt), shingles(whole)) == 1.0
    other = "Sở Tài chính chủ trì, phối hợp với Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh ban hành quy chế mới."
    assert overlap(shingles(other), shingles(whole)) == 0.0


def test_no_unseen_repair_text_is_a_gold_text():
    # (0.7: two letters of one Sở on one template share 0.67 of their shingles and are two
    # documents; every copy or excerpt of one document found so far scored 0.76 or more)
    pairs = duplicate_pairs(SAMPLES / "unseen_repair", SAMPLES / "text", minimum=0.7)
    assert pairs == [], [(round(s, 2), p.name, q.name) for s, p, q in pairs]
