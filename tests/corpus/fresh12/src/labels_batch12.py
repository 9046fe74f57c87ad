# Gold files of the twelfth fresh12 batch (1328; hand-written, labelled before any parser run; session 28, corpus17).
from use_common import T, W, NEWS
W("1328_kim_giang_giao_ban_tuan_viet_tat_chu_thuong.md",
  {"kind": "thong_bao", "symbol": "TB-VP", "number": "96", "place": "Kim Giang", "issued_on": "2026-05-18",
   "meeting_on": "2026-05-18", "chaired_by": "Đặng Quốc Việt", "signed_by": "Lưu Thị Mai Phương"},
  "fresh12 (blind). Hand-written (markdown): the ward office's notice of the weekly briefing, header and signature as pipe tables; "
  "lower-case headings; every unit ABBREVIATED AND IN LOWER CASE before a colon or as the subject: `p.kt-ht&đt:`, `đội qlttđt phường "
  "chủ trì, ca phường phối hợp:` (the first leads), `bqlda phường:`, `tt dvsnc:`, `p.vh-xh phối hợp hội lhpn, đtn phường …`, `tyt "
  "phường:`, `ttpvhcc:`, `ca phường:`, `bchqs phường:`, `vp hđnd-ubnd:`, `ubmttq phường:`, `các tdp:` (→ Các tổ dân phố, as written); "
  "dates without a year (`trước 22/5`, `vào thứ 4 (20/5)` (the day it is done, null defensible), `trước CN (24/5)`, `trước 05/6`), "
  "`trong tuần 21` (a week number: null), `duy trì hằng ngày từ 17h đến 21h` (periodic), `vào 16h thứ 6 hằng tuần` (a weekly report "
  "inside a one-off item; its clause an optional split), `trong thời hạn luật định` (null), a dialogue `quý II, dự kiến tổ chức ngày "
  "12/6/2026` (the day held; null or the quarter's end defensible); the next briefing (noise).",
  [T("Phòng Kinh tế, Hạ tầng và Đô thị", "hoàn thiện hồ sơ cấp phép sửa chữa nhà ở cho 06 hộ tổ dân phố 12", "2026-05-22"),
   T("Đội Quản lý trật tự đô thị phường", "ra quân xử lý lấn chiếm vỉa hè tuyến Kim Giang - Cầu Lủ", None, "periodic",
     coop=["Công an phường"]),
   T("Ban Quản lý dự án phường", "bàn giao mặt bằng thi công cải tạo ngõ 381 cho nhà thầu", "2026-05-20",
     deadline_any=["2026-05-20", None]),
   T("Trung tâm Dịch vụ sự nghiệp công", "thay thế 14 bóng đèn chiếu sáng hỏng tại ngõ 214"),
   T("Phòng Văn hóa - Xã hội", "p.vh-xh phối hợp hội lhpn, đtn phường tổ chức tháng hành động vì trẻ em", "2026-05-25",
     coop=["Hội Liên hiệp Phụ nữ phường", "Đoàn Thanh niên phường"]),
   T("Trạm Y tế phường", "tổng vệ sinh, diệt bọ gậy tại 03 ổ dịch sốt xuất huyết cũ", "2026-05-24"),
   T("Trung tâm Phục vụ hành chính công", "niêm yết lại 12 thủ tục hành chính lĩnh vực hộ tịch", None, "weekly"),
   T("Trung tâm Phục vụ hành chính công", "báo cáo tỷ lệ hồ sơ trực tuyến vào 16h thứ 6 hằng tuần", None, "weekly", optional=True),
   T("Công an phường", "rà soát người nước ngoài tạm trú tại các khu nhà trọ ngõ 105", "2026-05-29"),
   T("Ban Chỉ huy Quân sự phường", "chuẩn bị nội dung huấn luyện dân quân năm thứ nhất", "2026-05-31"),
   T("Văn phòng HĐND và UBND phường", "tham mưu văn bản trả lời đơn của công dân Nguyễn Văn Khương"),
   T("Ủy ban MTTQ Việt Nam phường", "chủ trì hội nghị đối thoại giữa Chủ tịch UBND phường với nhân dân quý II", "2026-06-12",
     deadline_any=["2026-06-12", None, "2026-06-30"]),
   T("Các tổ dân phố", "đôn đốc các hộ kinh doanh ký cam kết bảo đảm an toàn phòng cháy, chữa cháy", "2026-06-05")])
