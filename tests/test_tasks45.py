"""tasks45: a field of work told as looked after in the passive ('Công tác X được quan tâm chỉ đạo, ...', 'Lĩnh vực Y
được chú trọng đầu tư ...') with nothing that asks read as a result, not a task (pipeline/extract/passiveresults.py).

Texts: the development gold's el5 (Vũ Quang district meeting), eo1 (Than Uyên district meeting), 08 (the government's
regular meeting resolution), 11 (Bình Dương's directive 09), the pending gold's el6 (Quảng Trạch district meeting) and
fp3, fu2 (the active (V) reading, left alone), and a stored `pages` page (prtc.ninhthuan.gov.vn, Phan Rang - Tháp Chàm's
military work in the last months of 2021). None is in a standing set.
"""
from __future__ import annotations

import pytest
from conftest import extracted_tasks, tasks_opening

from pipeline.extract.passiveresults import passive_care_result


@pytest.mark.parametrize("line", [
    # development el5
    "Công tác quản lý tài nguyên môi trường, giải phóng mặt bằng được quan tâm chú trọng thực hiện.",
    # development eo1: an agent between 'được' and the verb
    "Công tác bảo vệ và chăm sóc sức khỏe nhân dân luôn được huyện Than Uyên quan tâm sát sao.",
    # development 08
    "Công tác quân sự, quốc phòng, an ninh được chú trọng; giữ vững độc lập,",
    # development 11: a short opener before the field
    "Trong thời gian qua, hoạt động khoa học và công nghệ cấp sở, ban, ngành, huyện, thị xã được tỉnh quan tâm, chỉ đạo.",
    # pending el6
    "Lĩnh vực văn hóa - xã hội được chú trọng đầu tư phát triển, chất lượng giáo dục, y tế, văn hóa ngày càng được nâng cao.",
    # the pages item (prtc.ninhthuan.gov.vn): 'Ngòa ra,' as printed
    "Ngòa ra, Chính sách hậu phương quân đội ngày càng được quan tâm với nhiều hoạt động thăm hỏi, động viên, bàn giao nhà tình nghĩa…",
])
def test_a_field_told_as_looked_after_is_a_result(line):
    assert passive_care_result(line)


@pytest.mark.parametrize("line", [
    # work to come or a duty keeps the sentence for the readers that ask
    "Công tác tuyên truyền cần được quan tâm hơn nữa.",
    "Công tác tuyên truyền sẽ được chú trọng trong thời gian tới.",
    "Việc kiểm tra phải được quan tâm thường xuyên.",
    "Đề nghị các xã, thị trấn quan tâm công tác tuyên truyền; công tác kiểm tra được chú trọng.",
    # the active (V) reading, an activity's content (pending fp3, fu2): not this class
    "Theo đó, công tác tuyên truyền tập trung vào các nội dung sau: mục đích, ý nghĩa to lớn của Lời kêu gọi thi đua ái quốc.",
    "Theo yêu cầu của Bộ Công an, chiến dịch sẽ tập trung vào việc tăng cường giải pháp phòng ngừa và đấu tranh chống tội phạm.",
    # a body, not a field, as the subject; an ask that opens on its verb
    "UBND các xã quan tâm chỉ đạo công tác phòng, chống dịch.",
    "Bảo đảm các chế độ, chính sách được quan tâm đúng mức.",
    # the other passive verbs are not this class (pending fu1's required 'công tác ... được tăng cường')
    "Cùng với đó, công tác quản lý nhà nước về an ninh trật tự được tăng cường, trọng tâm là quản lý vũ khí.",
    # a lead-in
    "Công tác quân sự địa phương được quan tâm với các nội dung sau:",
])
def test_work_to_come_an_ask_or_another_verb_is_not(line):
    assert not passive_care_result(line)


PRTC = (
    "Triển khai công tác quân sự quốc phòng những tháng cuối năm trên địa bàn thành phố\n"
    "Trong 9 đầu năm, thành phố PRTC đã tập trung thực hiện tốt công tác quốc phòng quân sự trên địa bàn. Ban chỉ huy "
    "quân sự thành phố đã phát huy vai trò nồng cốt trong tham gia thựuc hiện nhiệm vụ phòng chống dịch bệnh covid-19, "
    "đến nay đã tham mưu thành lập 8 khu cách ly y tế tập trung trên địa bàn thành phố. Ngòa ra, Chính sách hậu phương "
    "quân đội ngày càng được quan tâm với nhiều hoạt động thăm hỏi, động viên, bàn giao nhà tình nghĩa…\n"
    "3 tháng cuối năm 2021, thành phố PRTC tiếp tục  thực hiện triển khai toàn diện nhiệm vụ quốc phòng, quân sự, trọng "
    "tâm là các nội dung như: tăng cường phối hợp chặt chẽ các lực lượng quân sự, công an, bộ đội biên phòng giữ vững an "
    "ninh chính trị, trật tự xã hội và đẩy lùi dịch bệnh Covid-19 trên địa bàn; tiếp tục chú trọng công tác tuyên truyền "
    "giáo dục quốc phòng an ninh. Bên cạnh đó, chuẩn bị tốt mọi mặt sẵn sàng cho nhiệm vụ công tác tuyển quân nhăm 2022.\n"
)


def test_the_passive_result_is_no_task_end_to_end():
    tasks = extracted_tasks(PRTC)
    assert not tasks_opening(tasks, "Ngòa ra, Chính sách hậu phương")
    # the results before it are still no task either
    assert not tasks_opening(tasks, "Trong 9 đầu năm")
