# Gold files of the seventh fresh5 batch (labelled by hand before any parser run).
from labels_common import T, W, NEWS
W("622_giang_vo_thong_bao_bang_hai_cot.docx",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "733", "place": "Giảng Võ", "issued_on": "2026-09-23",
   "meeting_on": "2026-09-21", "chaired_by": "Ngô Thanh Bình", "signed_by": "Trương Thị Mỹ Linh"},
  "fresh5 (blind). Hand-written (.docx, Word table): a TWO-column table `Nội dung công việc | Đơn vị thực hiện / thời hạn` whose second "
  "cell holds the unit, a line break and the time; `Chậm nhất 05 ngày làm việc` (from the signing day, a Wednesday); `Vào thứ Sáu hằng "
  "tuần trong quý IV` (weekly, the quarter's end with null defensible); `X chủ trì, Y phối hợp`; `Định kỳ hằng tháng`.",
  [T("Công an phường", "Kiểm tra, yêu cầu Ban quản trị các nhà chung cư thay thế bình chữa cháy hết hạn", "2026-09-30", deadline_any=["2026-09-30", "2026-09-28"]),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Lập danh sách hộ gia đình sử dụng tầng 1 làm kho chứa hàng dễ cháy", "2026-10-10"),
   T("Phòng Văn hóa - Xã hội", "Tuyên truyền kỹ năng thoát nạn qua hệ thống loa truyền thanh", "2026-12-31", "weekly", deadline_any=["2026-12-31", None]),
   T("Công an phường", "Tổ chức diễn tập phương án chữa cháy và cứu nạn tại nhà B4", "2026-11-30", coop=["Ban Chỉ huy Quân sự phường"]),
   T("Văn phòng HĐND và UBND phường", "Theo dõi, đôn đốc và tổng hợp kết quả thực hiện thông báo này", None, "monthly")])
W("608_phuong_12_khu_pho_tong_ve_sinh.txt", NEWS("2025-03-07", None),
  "fresh5 (blind). Rewritten from a ward portal item on a street clean-up (2023, dated 2025 here): the campaign's quoted name; a "
  "long list of participants (noise); one sentence with two requests joined by `;` (two subjects); `vào sáng thứ Bảy hằng tuần`; a "
  "photo caption and a byline; the Phó Chủ tịch is not named.",
  [T("Ban điều hành các khu phố", "đề nghị Ban điều hành các khu phố tiếp tục duy trì ra quân tổng vệ sinh vào sáng thứ Bảy", None, "weekly"),
   T("Đoàn Thanh niên phường", "Đoàn Thanh niên phường huy động đoàn viên xóa quảng cáo rao vặt trên các trụ điện", "2025-03-26")])
