"""tasks22: what is and is not a task on new text (issue 5).  An answer to a citizen tells what was done on the
report, its asks included (doneacts.answers_a_citizen / told_in_answer, once citizenreply); a committee's name holds
the verbs of its field in front of 'đã' (tasks.done_scope); 'chưa đạt / đáp ứng yêu cầu' and the ask of a
document received ('nhận được văn bản ... yêu cầu') are no cue (tasks._NOUN_CUE_RE).  Real texts: the
development gold ef2, ef5, ef6, ef13 (samples/text, sources in samples/SOURCES.md)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.doneacts import answers_a_citizen, told_in_answer as action_told_in_answer
from pipeline.extract.tasks import _NOUN_CUE_RE, DIRECTIVE_CUE_RE, done_scope
from conftest import extracted_tasks

TEXT = Path(__file__).resolve().parent.parent / "samples" / "text"


def text_of(prefix: str) -> str:
    (path,) = TEXT.glob(prefix + "_*.txt")
    return path.read_text(encoding="utf-8")


# ------------------------------------------------------------- an answer to a citizen tells what was done

@pytest.mark.parametrize("prefix", ["ef5", "ef6"])
def test_an_answer_to_a_citizen_reports_the_asks_it_made(prefix):
    # only the ward's own commitment ('sẽ') is left; 'đã nhắc nhở và yêu cầu các hộ dân ...' and 'đã làm
    # việc với ..., đồng thời yêu cầu các cơ sở kinh doanh yêu cầu nhân viên ...' are report
    texts = [t.text for t in extracted_tasks(text_of(prefix))]
    assert texts and all("sẽ" in t or t.startswith("Xử lý nghiêm") for t in texts), texts


@pytest.mark.parametrize("opening,expected", [
    (["Kính gửi: Quý Ông/Bà.", "Vấn đề quý Ông/Bà phản ánh, UBND xã X xin thông báo kết quả như sau:"], True),
    (["Kính chào Ông/Bà.", "Vấn đề Ông/Bà phản ánh, UBND phường Y kiểm tra và trả lời như sau:"], True),
    (["Vấn đề mà công dân phản ánh, UBND huyện trả lời như sau:"], True),
    (["Kính gửi: Sở Tài chính; UBND các huyện.", "Thực hiện Công văn số 12/UBND ..."], False),
    (["UBND phường tiếp xúc, đối thoại với các hộ kinh doanh"], False),
])
def test_the_answer_is_known_by_its_address_to_the_citizen(opening, expected):
    assert answers_a_citizen(opening) is expected


@pytest.mark.parametrize("sentence,expected", [
    ("Tổ trật tự đô thị đã nhắc nhở và yêu cầu các hộ dân thu gom vật dụng vào bên trong.", True),
    ("Sau đó, công an xã đã làm việc với hộ dân, yêu cầu dọn dẹp các vật dụng trên đường xóm.", True),
    # (looking ahead: the body's own commitment, left to the other rules)
    ("UBND phường sẽ tiếp tục làm việc để yêu cầu ông H có phương án khắc phục.", False),
    ("Thời gian tới, UBND xã yêu cầu các hộ dân không tái phạm.", False),
    # (the answer asks the citizen)
    ("UBND xã đã tiếp nhận hồ sơ, đề nghị Ông/Bà liên hệ bộ phận một cửa để được hướng dẫn.", False),
    # (a ';' between the report and the ask)
    ("UBND phường đã kiểm tra hiện trường; yêu cầu Tổ dân phố 5 theo dõi, báo cáo.", False),
    # (no ask at all: an act told is report all the same, with or without 'đã'; tasks23, as the gold eh1, eh2
    # and eg2 read an answer's account: 'Ủy ban nhân dân xã lập biên bản yêu cầu hộ gia đình ... xử lý ...')
    ("UBND phường đã kiểm tra hiện trường.", True),
    ("Ủy ban nhân dân xã lập biên bản yêu cầu hộ gia đình ông N xử lý và khắc phục tình trạng trên.", True),
    ("Ngày 04/8/2025, UBND xã chỉ đạo Phòng Kinh tế kiểm tra việc thực hiện của 02 hộ gia đình.", True),
    # (what was asked then may look ahead: it is the content of the ask)
    ("UBND xã đã đi kiểm tra thực tế và đã chỉ đạo hộ gia đình ông X cần phải khắc phục ngay.", True),
    # ('sạch sẽ' is clean, not 'will')
    ("Vì vậy, UBND xã đã mời ông làm việc và yêu cầu cam kết dọn dẹp sạch sẽ rác thải.", True),
    # ('; Đồng thời, yêu cầu ...' goes on with the act told: eh4)
    ("Sau đó, công an xã đã làm việc với hộ dân, yêu cầu dọn dẹp mía; Đồng thời, yêu cầu hộ dân cam kết không tái phạm.", True),
    # (the answer opens on an ask: it asks now)
    ("Yêu cầu hộ ông N tháo dỡ mái che trước ngày 30/6/2025.", False),
    # (the answering body's own call to the public now: a bare subject, 'đề nghị / kêu gọi' and the residents;
    # the lead, after tasks23's carry-over ek3 lost its task to the widened rule)
    ("UBND phường đề nghị bà con nhân dân nâng cao ý thức bảo vệ môi trường, đổ rác đúng nơi quy định.", False),
    ("Ủy ban nhân dân xã kêu gọi người dân không đốt rơm rạ trên đồng ruộng.", False),
    # (the same ask after 'đã' or after a verb of the act told is that act's report)
    ("UBND xã đã đề nghị 02 hộ gia đình di chuyển toàn bộ các vật dụng ra khỏi vỉa hè.", True),
    ("UBND phường vừa đề nghị bà con nhân dân dọn vệ sinh khu vực chợ.", True),
])
def test_what_an_answer_tells_done(sentence, expected):
    assert action_told_in_answer(sentence) is expected


def test_the_same_words_in_a_letter_to_bodies_are_not_touched():
    # (no address to a citizen: the rule does not apply; the letter's own ask stays a task)
    text = ("Kính gửi: UBND các xã, thị trấn.\n\nUBND huyện đề nghị UBND các xã, thị trấn kiểm tra, yêu cầu "
            "các hộ kinh doanh không lấn chiếm lòng đường.\n")
    assert [t.text[:20] for t in extracted_tasks(text)] == ["UBND huyện đề nghị U"]


# ------------------------------------------------------------- a committee's name holds verbs of its field

def test_a_report_whose_shortcoming_is_not_up_to_standard_is_no_ask():
    # (ef2: 'Ngày 13/7/2021 Ban chỉ đạo xây dựng NTM xã đã tổ chức Hội nghị ...; ... chưa đạt yêu cầu, ...' is the
    # event report it opens as once 'đạt yêu cầu' is read as the noun; the item after the lead-in stays)
    texts = [t.text for t in extracted_tasks(text_of("ef2"))]
    assert not any(t.startswith("Ngày 13/7/2021 Ban chỉ đạo") for t in texts), texts
    assert any(t.startswith("Mỗi gia đình, mỗi người dân hãy") for t in texts), texts


@pytest.mark.parametrize("sentence,expected", [
    ("Ngày 13/7/2021 Ban Chỉ đạo xây dựng NTM xã đã tổ chức Hội nghị sơ kết 6 tháng đầu năm.", True),
    ("Tổ công tác thực hiện Kế hoạch 01 đã kiểm tra 15 cơ sở kinh doanh.", True),
    ("Hội đồng thẩm định dự án đầu tư xây dựng huyện đã họp 3 lần.", True),
    # (a duty whose object holds 'đã': 'Tổ chức' and 'Ban hành' open duties, no committee)
    ("Tổ chức kiểm tra các cơ sở đã được cấp phép trên địa bàn.", False),
    ("Ban hành quy chế phối hợp giữa các đơn vị đã tham gia dự án.", False),
])
def test_done_scope_reads_a_committee_name_as_the_subject(sentence, expected):
    assert done_scope(sentence) is expected


# ------------------------------------------------------------- nouns and received documents: no cue

@pytest.mark.parametrize("sentence,cue_left", [
    ("Công tác vệ sinh môi trường chưa đạt yêu cầu.", False),
    ("Hồ sơ đáp ứng yêu cầu của Sở Xây dựng.", False),
    ("Ông A khẳng định đã không nhận được bất kỳ văn bản nào của quận yêu cầu thu hồi văn bản.", False),
    # (the rule of procedure after the received document still obliges: 'phải')
    ("Trong thời hạn 05 ngày kể từ ngày nhận được văn bản yêu cầu sửa đổi, cơ quan X phải gửi lại hồ sơ.", True),
    # (the ask itself, not the noun)
    ("UBND huyện yêu cầu các xã hoàn thành trước ngày 30/6.", True),
])
def test_noun_and_received_ask_are_masked(sentence, cue_left):
    assert bool(DIRECTIVE_CUE_RE.search(_NOUN_CUE_RE.sub(" ", sentence))) is cue_left


def test_a_denial_of_a_received_ask_is_no_task():
    texts = [t.text for t in extracted_tasks(text_of("ef13"))]
    assert not any("khẳng định đã không nhận được" in t for t in texts), texts
