# Gold files of the twelfth fresh5 batch (labelled by hand before any parser run).
from labels_common import T, W, NEWS
W("611_kim_ma_thong_bao_ra_quan_tong_ve_sinh.txt", NEWS(None, None),
  "fresh5 (blind). Rewritten from a ward portal notice of a clean-up day (2025, dated 2026 here): a title-only header with no number, "
  "date or signer (fields null); an anniversary and a Chỉ thị's date (not deadlines); Thời gian / Địa điểm / Thành phần as "
  "information; a `Phân công:` list added for the ward's units; `vào sáng thứ Bảy hằng tuần đến hết tháng 9/2026`.",
  [T("Trung tâm Dịch vụ sự nghiệp công", "Trung tâm Dịch vụ sự nghiệp công chuẩn bị dụng cụ, xe thu gom, tập kết rác", "2026-08-08", deadline_any=["2026-08-08", None]),
   T("Tổ trưởng 42 tổ dân phố", "Tổ trưởng 42 tổ dân phố vận động mỗi hộ cử ít nhất 01 người tham gia", "2026-08-06"),
   T("Đoàn Thanh niên phường", "Đoàn Thanh niên phường duy trì \"Ngày thứ Bảy tình nguyện\" vào sáng thứ Bảy", "2026-09-30", "weekly", deadline_any=["2026-09-30", None])])
