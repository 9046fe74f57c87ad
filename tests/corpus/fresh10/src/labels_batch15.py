# Gold file of 1128 (fresh10; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
VH = "Phòng Văn hóa - Xã hội"; YT = "Trạm Y tế phường"; VP = "Văn phòng HĐND và UBND phường"
W("1128_kien_hung_lich_nhiem_vu_ics.txt",
  {"kind": None, "symbol": None, "number": None, "place": None, "issued_on": None,
   "meeting_on": None, "chaired_by": None, "signed_by": None},
  "fresh10 (blind). NEW layout: the ward's task calendar EXPORTED AS iCALENDAR (.ics text): `BEGIN:VTODO` records with `SUMMARY` "
  "(the task; commas escaped `\\,`; one SUMMARY FOLDED onto a continuation line starting with a space, in mid-word), the lead unit "
  "as `ATTENDEE;ROLE=CHAIR;CN=<abbreviation>` and partners as `ROLE=REQ-PARTICIPANT`, `DUE;VALUE=DATE:YYYYMMDD` or `DUE:…T170000`, "
  "`RRULE:FREQ=WEEKLY` / `FREQ=MONTHLY;BYMONTHDAY=25` / `FREQ=MONTHLY;INTERVAL=3` (quarterly) / `FREQ=DAILY` (periodic); "
  "`STATUS:COMPLETED` and `STATUS:CANCELLED` records are not tasks, `IN-PROCESS` is; a `VEVENT` (the weekly briefing) is an "
  "appointment, not a task; an event day as DUE (the day it is held, null defensible); `DESCRIPTION` with a source notice (noise); "
  "every document field null.",
  [T("Phòng Kinh tế, Hạ tầng và Đô thị", "Rà soát hộ kinh doanh lấn chiếm vỉa hè phố Phúc La", "2027-03-15",
     coop=["Đội Quản lý trật tự đô thị phường", "Công an phường"]),
   T(YT, "Tổ chức tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 5", "2027-03-31", coop=[VH]),
   T("Ban Quản lý dự án phường", "Báo cáo tiến độ giải ngân vốn đầu tư công các dự án", None, "weekly"),
   T(VP, "Tổng hợp kết quả thực hiện nhiệm vụ của các đơn vị", None, "monthly"),
   T("Công an phường", "Kiểm tra phòng cháy chữa cháy tại 17 cơ sở karaoke", "2027-04-10"),
   T("Trung tâm Phục vụ hành chính công", "Số hóa sổ hộ tịch giai đoạn 2015 - 2020 còn lưu bản giấy", "2027-06-30"),
   T(YT, "Cập nhật số ca mắc sốt xuất huyết lên hệ thống giám sát", None, "periodic"),
   T(VH, "cập nhật danh sách hộ nghèo", None, "quarterly"),
   T("Hội Liên hiệp Phụ nữ phường", "Tổ chức Ngày hội Gia đình hạnh phúc tại sân nhà văn hóa", "2027-03-28",
     deadline_any=[None]),
   T("Ủy ban MTTQ Việt Nam phường", "Vận động các doanh nghiệp trên địa bàn ủng hộ Quỹ Vì người nghèo", "2027-04-30"),
   T("Tổ trưởng tổ dân phố 11", "Họp dân lấy ý kiến phương án cải tạo ngõ 68 Văn Phú", "2027-03-20")])
