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


def test_the_duplicate_check_reads_the_subfolders_of_what_it_compares_against(tmp_path, capsys):
    from scripts.find_duplicate_texts import main
    text = ("Ủy ban nhân dân huyện yêu cầu các phòng, ban chuyên môn và Ủy ban nhân dân các xã, "
            "thị trấn rà soát, báo cáo kết quả thực hiện trước ngày 15 tháng 6 năm 2026.")
    new, old = tmp_path / "new", tmp_path / "samples" / "unseen_repair"
    new.mkdir()
    old.mkdir(parents=True)
    (new / "a.txt").write_text(text, encoding="utf-8")
    (old / "b.txt").write_text(text.upper(), encoding="utf-8")
    assert duplicate_pairs(new, tmp_path / "samples") == []  # (the function alone: its own files only)
    assert [q.name for _, _, q in duplicate_pairs(new, tmp_path / "samples", recursive=True)] == ["b.txt"]
    assert main([str(new), str(tmp_path / "samples")]) == 0  # (the command line reads subfolders)
    assert "1 pairs at or above" in capsys.readouterr().out
    assert main([str(new), str(tmp_path / "samples"), "--top-only"]) == 0
    assert "0 pairs at or above" in capsys.readouterr().out
