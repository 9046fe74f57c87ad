# Gold file of 1222 (fresh11; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("1222_khanh_an_cong_van_phan_loai_rac_tai_nguon.md",
  {"kind": "cong_van", "symbol": "UBND-KT", "number": "742", "place": "Khánh An", "issued_on": "2026-09-14",
   "meeting_on": None, "chaired_by": None, "signed_by": "Đặng Quốc Huy",
   "subject": "triển khai thu gom, phân loại chất thải rắn sinh hoạt tại nguồn trên địa bàn phường"},
  "fresh11 (blind). Hand-written COMMON layout (markdown): a ward công văn `đề nghị các đơn vị …` with the header as plain and bold "
  "lines (the V/v under the number); items `1.`–`7.` opened by a bold topic with a colon, each with its unit AFTER the task in a lower-case "
  "italic parenthesis (`*(p.kt-ht-đt chủ trì)*`, `*(bql dự án phường)*`, `*(phòng văn hóa - xã hội; phối hợp: các tổ dân phố)*`, "
  "`*(đội trật tự đô thị phường chủ trì, công an phường phối hợp)*`, `*(văn phòng hđnd-ubnd phường)*`); `02 lần/tuần, bắt đầu từ ngày "
  "21/9/2026` (weekly; a start date), `không quá 10 ngày kể từ ngày ký văn bản này` (24/9), `trong tuần đầu tháng 10/2026` (the 7th, "
  "null defensible), `vào các buổi tối thứ Ba, thứ Năm hằng tuần`, `từ nay đến 31/10` (no year; null defensible), `trong quý IV/2026`, "
  "`trước ngày 05 của tháng đầu quý sau` (quarterly); separate bold-led paragraphs for the Front (`chỉ đạo Ban Công tác Mặt trận …`: "
  "the Front leads) and the neighbourhood heads (`trước ngày 30/9; … vào thứ Hai hằng tuần`); a closing exhortation (optional).",
  [T("Phòng Văn hóa - Xã hội", "xây dựng tin, bài hướng dẫn phân loại rác, phát trên hệ thống loa truyền thanh", None, "weekly",
     coop=["Tổ trưởng các tổ dân phố"]),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "khảo sát, thống kê khối lượng rác phát sinh tại 14 tổ dân phố", "2026-09-24"),
   T("Ban Quản lý dự án phường", "bố trí 06 điểm tập kết rác đã phân loại có mái che", "2026-10-07", deadline_any=["2026-10-07", None]),
   T("Đội Quản lý trật tự đô thị phường", "kiểm tra, xử lý các trường hợp đổ rác không đúng giờ", None, "weekly", coop=["Công an phường"]),
   T("Trung tâm Phục vụ hành chính công", "hướng dẫn hộ kinh doanh đăng ký hợp đồng thu gom qua dịch vụ công trực tuyến", "2026-10-31",
     deadline_any=["2026-10-31", None]),
   T("Trung tâm Dịch vụ sự nghiệp công phường", "cấp phát thùng đựng rác hai ngăn cho hộ nghèo, hộ cận nghèo", "2026-12-31"),
   T("Văn phòng HĐND và UBND phường", "tổng hợp kết quả thực hiện của các đơn vị, báo cáo UBND phường", None, "quarterly"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường chỉ đạo Ban Công tác Mặt trận các tổ dân phố vận động",
     "2026-10-31"),
   T("Tổ trưởng các tổ dân phố", "Tổ trưởng các tổ dân phố phổ biến lịch thu gom rác đến từng hộ gia đình", "2026-09-30", "weekly"),
   T(ALL, "Đề nghị Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện", optional=True)])
