# Gold files of the seventeenth fresh7 batch (830; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
VP = "Văn phòng HĐND và UBND phường"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH = "Phòng Văn hóa - Xã hội"
PV = "Trung tâm Phục vụ hành chính công"
W("830_an_bien_ket_luan_chuan_bi_nam_hoc_van_xuoi.txt",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "197", "place": "An Biên", "issued_on": "2026-08-12",
   "meeting_on": "2026-08-10", "chaired_by": "Vương Thị Lan", "signed_by": "Vương Thị Lan"},
  "fresh7 (blind). Hand-written kết luận of a working session in PROSE paragraphs opened by `Về …:` with fresh wording: figures in "
  "the preamble (noise); `yêu cầu Hiệu trưởng các trường … trước ngày khai giảng (05/9)`; a unit AFTER the task in lower case "
  "(`Việc cải tạo … giao ban quản lý dự án phường thực hiện`); a head of one body (`Trưởng Công an phường` → the body) and `đội "
  "trật tự đô thị phường` in one paragraph with `;`; `phòng Văn hóa – Xã hội` (en dash, lower case) with two dates joined by `;` "
  "(the earliest; the clause with `trong vòng 10 ngày làm việc kể từ ngày ký` — Wed 12/8 + 10 working days = 26/8 — is an "
  "optional split); `06 tháng/lần` with `trong quý IV/2026` in one task; the Phó Chủ tịch named directing `P. KT-HT&ĐT` (the "
  "directed unit leads); `Trung tâm phục vụ HCC`; `vào giờ tan trường các buổi chiều từ thứ Hai đến thứ Sáu` (periodic, weekly "
  "defensible); `sáng thứ Bảy hằng tuần trong tháng 8/2026`; `trong tháng 8 và tháng 9/2026` (a range: the end of September); "
  "`vào dịp khai giảng` (null, the printed opening day defensible); `hằng quý`; the chair signs.",
  [T("Hiệu trưởng các trường", "yêu cầu Hiệu trưởng các trường rà soát, sửa chữa phòng học, nhà vệ sinh", "2026-09-05"),
   T("Ban Quản lý dự án phường", "Việc cải tạo 04 phòng học xuống cấp của Trường Tiểu học An Biên", "2026-08-30"),
   T("Công an phường", "Trưởng Công an phường bố trí lực lượng điều tiết giao thông", None, "periodic",
     recurrence_any=["periodic", "weekly"]),
   T("Đội Quản lý trật tự đô thị phường", "đội trật tự đô thị phường xử lý dứt điểm hàng quán lấn chiếm vỉa hè", "2026-09-30"),
   T(VH, "phòng Văn hóa – Xã hội phối hợp các trường công khai kết quả tuyển sinh", "2026-08-20",
     coop=["Các trường học trên địa bàn phường"], deadline_any=["2026-08-20", "2026-08-26"]),
   T(VH, "tổng hợp số trẻ trong độ tuổi chưa ra lớp, báo cáo UBND phường", "2026-08-26", deadline_any=["2026-08-26", "2026-08-22"],
     optional=True),
   T("Trạm Y tế phường", "Trạm Y tế phường kiểm tra điều kiện vệ sinh, bếp ăn bán trú", "2026-12-31", "periodic",
     deadline_any=["2026-12-31", None]),
   T(KT, "chỉ đạo P. KT-HT&ĐT thẩm định dự toán sửa chữa của các trường", "2026-08-25"),
   T(PV, "Trung tâm phục vụ HCC hỗ trợ phụ huynh làm thủ tục xác nhận cư trú", "2026-08-31", "weekly",
     deadline_any=["2026-08-31", None]),
   T("Hội Khuyến học phường", "Đề nghị Hội Khuyến học phường vận động các nhà hảo tâm tặng học bổng", None,
     deadline_any=[None, "2026-09-05"]),
   T(VP, "Văn phòng HĐND và UBND phường theo dõi, tổng hợp tiến độ thực hiện", None, "quarterly")])
