# Gold files of the fourth fresh5 batch (labelled by hand before any parser run).
from labels_common import T, W, NEWS
W("604_tan_thinh_tin_giao_ban_thang8.txt", NEWS("2025-08-28", "Đào Văn Lực"),
  "fresh5 (blind). Rewritten from a ward portal item on a monthly briefing (August 2025): the headline repeats the first line; "
  "statistics as noise; the chairman's conclusion as prose, one subject per sentence and two in the last (`;`); `trong tháng 9` "
  "without a year; `vào thứ Hai hằng tuần`; an anniversary and a school year (not deadlines); the next briefing's date (information).",
  [T("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế, Hạ tầng và Đô thị phối hợp Ban Quản lý dự án phường đẩy nhanh chi trả tiền bồi thường", "2025-09-30", coop=["Ban Quản lý dự án phường"]),
   T("Trung tâm Phục vụ hành chính công", "Trung tâm Phục vụ hành chính công tiếp tục rút ngắn thời gian giải quyết hồ sơ đất đai", None, "weekly"),
   T("Phòng Văn hóa - Xã hội", "giao Phòng Văn hóa - Xã hội chuẩn bị chu đáo các hoạt động kỷ niệm 80 năm Quốc khánh", None, deadline_any=[None, "2025-09-02"]),
   T("Công an phường", "Công an phường bảo đảm an ninh trật tự trong dịp nghỉ lễ")])
W("605_vi_son_tin_bch_dang_bo_thang1.txt", NEWS("2026-01-27", "Hà Văn Sinh"),
  "fresh5 (blind). Rewritten from a commune party page written by its secretary: a photo caption and an author line; the Bí thư's "
  "request to five bodies at once (the first leads, optional: an exhortation to the leadership); `UBND xã chỉ đạo bộ phận Kinh tế …` "
  "in a party text (the UBND leads); `Ủy ban Kiểm tra Đảng ủy xã`; `quý I/2026`; `sinh hoạt chi bộ định kỳ vào ngày 05 hằng tháng`.",
  [T("Ban Thường vụ Đảng ủy xã", "đề nghị các đồng chí trong Ban Thường vụ Đảng ủy, Thường trực HĐND, lãnh đạo UBND", optional=True,
     coop=["Thường trực HĐND xã", "UBND xã", "Ủy ban MTTQ Việt Nam xã", "Các đoàn thể xã"]),
   T("UBND xã Vi Sơn", "UBND xã chỉ đạo bộ phận Kinh tế hướng dẫn bà con gieo cấy vụ xuân", "2026-02-15"),
   T("Ủy ban Kiểm tra Đảng ủy xã", "Ủy ban Kiểm tra Đảng ủy xã hoàn thành kiểm tra việc thu, nộp đảng phí năm 2025", "2026-03-31"),
   T("Các chi bộ thôn", "Các chi bộ thôn tổ chức sinh hoạt chi bộ định kỳ vào ngày 05 hằng tháng", None, "monthly", recurrence_any=["monthly", None])])
