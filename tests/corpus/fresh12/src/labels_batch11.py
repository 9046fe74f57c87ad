# Gold files of the eleventh fresh12 batch (1327; hand-written, labelled before any parser run; session 28, corpus17).
from use_common import T, W, NEWS
W("1327_ngoc_thuy_y_kien_chi_dao_han_tuong_doi.txt",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "318", "place": "Ngọc Thụy", "issued_on": "2026-11-09",
   "meeting_on": None, "chaired_by": None, "signed_by": "Trịnh Văn Nguyên"},
  "fresh12 (blind). Hand-written: a ward notice of the chairman's directions (no meeting) signed on MONDAY 09/11/2026, whose "
  "deadlines are almost all RELATIVE: `trong 05 ngày làm việc kể từ ngày nhận được Thông báo này` (from receipt: null), `chậm nhất "
  "ngày thứ Sáu tuần này` (the signing week's Friday, 13/11), `trước kỳ họp thứ Sáu HĐND phường (dự kiến khai mạc ngày 08/12/2026)` "
  "(the session day, the day before defensible; `thứ Sáu` here is an ordinal, not a Friday), `chậm nhất 03 ngày trước ngày khai mạc "
  "kỳ họp` (08/12 minus 3), `trong vòng 10 ngày kể từ ngày ký` (19/11), `trong thời hạn 07 ngày làm việc kể từ ngày ký` (Wednesday "
  "18/11; the calendar count 16/11 defensible), `ngay trong ngày ký Thông báo` (the signing day) with `định kỳ 02 tuần/lần` "
  "(periodic), `trước thứ Hai tuần sau` (16/11; the Friday before defensible), `trước ngày 20 tháng sau` (20/12), `trong tháng này` "
  "(30/11) with `vào thứ Sáu cuối mỗi tháng` (monthly), `trước kỳ họp` again (the printed session day, null defensible); an "
  "information line on the holiday; `Nơi nhận: - Như các mục 1-11;` (noise: every item names its unit).",
  [T("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế, Hạ tầng và Đô thị hoàn thiện hồ sơ đề nghị thẩm định giá đất cụ thể"),
   T("Trung tâm Phục vụ hành chính công", "Trung tâm Phục vụ hành chính công rà soát, trả kết quả 09 hồ sơ cấp giấy chứng nhận", "2026-11-13"),
   T("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội hoàn thiện báo cáo kết quả thực hiện chính sách an sinh xã hội", "2026-12-08",
     deadline_any=["2026-12-08", "2026-12-07"]),
   T("Văn phòng HĐND và UBND phường", "Văn phòng HĐND và UBND phường chuẩn bị tài liệu kỳ họp, gửi đại biểu HĐND phường", "2026-12-05"),
   T("Công an phường", "Công an phường xây dựng phương án bảo đảm an ninh trật tự dịp Tết Dương lịch 2027", "2026-11-19"),
   T("Ban Chỉ huy Quân sự phường", "Ban Chỉ huy Quân sự phường hoàn thành hồ sơ gọi công dân nhập ngũ năm 2027", "2026-11-18",
     deadline_any=["2026-11-18", "2026-11-16"]),
   T("Trạm Y tế phường", "Trạm Y tế phường báo cáo số ca sốt xuất huyết mới phát sinh", "2026-11-09", "periodic"),
   T("Ban Quản lý dự án phường", "Ban Quản lý dự án phường báo cáo khối lượng hoàn thành các công trình chuyển tiếp", "2026-11-16",
     deadline_any=["2026-11-16", "2026-11-13"]),
   T("Trung tâm Dịch vụ sự nghiệp công", "Trung tâm Dịch vụ sự nghiệp công lập dự toán kinh phí duy trì cây xanh, chiếu sáng năm 2027",
     "2026-12-20"),
   T("Tổ trưởng các tổ dân phố", "Tổ trưởng các tổ dân phố hoàn thành việc thu Quỹ phòng, chống thiên tai năm 2026", "2026-11-30",
     "monthly"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường phối hợp tổ chức tiếp xúc cử tri trước kỳ họp", "2026-12-08",
     deadline_any=["2026-12-08", None])])
