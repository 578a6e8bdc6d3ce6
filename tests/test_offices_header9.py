"""Office shapes the Công điện and Thông báo kết luận documents ye1-ye4 showed (session 9), each
tested on sentences written for the test in the same shape: a committee's level in the plural
with its places after a colon, a newspaper beside a broadcaster, a standing office of a
command board written without the comma of its name, a deputy prime minister named by the
field he is in charge of."""
from __future__ import annotations

from pipeline.extract.offices import load_gazetteer, roles_in_sentence, split_office_list

GAZ = load_gazetteer()


def offices(text: str) -> list[str]:
    return [r.office for r in roles_in_sentence(text, GAZ)]


def test_places_after_the_plural_level_are_one_office_each():
    assert [n for n, _ in split_office_list("UBND các xã: Hương Trà, Hương Vĩnh và Hương Lâm", GAZ)] == [
        "UBND xã Hương Trà", "UBND xã Hương Vĩnh", "UBND xã Hương Lâm"]
    assert [n for n, _ in split_office_list("Chủ tịch UBND các huyện: Mường Lát, Quan Sơn", GAZ)] == [
        "Chủ tịch UBND huyện Mường Lát", "Chủ tịch UBND huyện Quan Sơn"]
    # a body after 'và' is no place of the list
    assert [n for n, _ in split_office_list("UBND các huyện: Mường Lát, Quan Sơn và UBND thị xã Nghi Sơn", GAZ)] == [
        "UBND huyện Mường Lát", "UBND huyện Quan Sơn", "UBND thị xã Nghi Sơn"]
    # without the colon the plural stays one collective office
    assert len(split_office_list("UBND các huyện, thị xã, thành phố", GAZ)) == 1


def test_a_heading_that_lists_places_gives_its_items_every_place():
    assert offices("UBND các huyện: Quế Sơn, Nông Sơn và UBND thị xã Điện Bàn:") == [
        "UBND huyện Quế Sơn", "UBND huyện Nông Sơn", "UBND thị xã Điện Bàn"]
    assert offices("UBND các xã: Tân Lập, Tân Hợp khẩn trương hoàn thành kiểm đếm trước ngày 30/6/2024.") == [
        "UBND xã Tân Lập", "UBND xã Tân Hợp"]


def test_a_newspaper_is_a_body():
    assert offices("Đài Phát thanh và Truyền hình tỉnh, Báo Hà Tĩnh tăng cường thông tin về diễn biến của bão.") == [
        "Đài Phát thanh và Truyền hình tỉnh", "Báo Hà Tĩnh"]
    # ('Báo cáo ...' opens a duty, it names no newspaper)
    assert "Báo cáo" not in " ".join(offices("Báo cáo kết quả về Sở Y tế trước ngày 15/5/2024."))


def test_a_name_written_without_its_comma_is_still_the_body():
    assert offices("Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh tổ chức trực ban 24/24 giờ.") == [
        "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh"]
    assert [n for n, _ in split_office_list("Sở Văn hóa Thể thao và Du lịch, Sở Y tế", GAZ)] == [
        "Sở Văn hóa Thể thao và Du lịch", "Sở Y tế"]


def test_the_standing_office_of_a_board_is_one_office():
    assert offices("Văn phòng thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh tổng hợp tình hình, "
                   "báo cáo Chủ tịch UBND tỉnh hằng ngày.") == [
        "Văn phòng thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh"]


def test_a_deputy_prime_minister_in_charge_of_the_field():
    assert offices("Giao Phó Thủ tướng Chính phủ phụ trách lĩnh vực trực tiếp chỉ đạo tháo gỡ vướng mắc của các dự án.") == [
        "Phó Thủ tướng Chính phủ phụ trách lĩnh vực"]
