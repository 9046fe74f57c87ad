# Gold files of the twelfth fresh7 batch (825; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
VP = "Văn phòng HĐND và UBND phường"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH = "Phòng Văn hóa - Xã hội"
PV = "Trung tâm Phục vụ hành chính công"
W("825_quang_phu_giao_ban_lanh_dao_tuan_14.md",
  {"kind": "thong_bao", "symbol": "TB-VP", "number": "61", "place": "Quảng Phú", "issued_on": "2026-03-30",
   "meeting_on": "2026-03-30", "chaired_by": "Mạc Văn Hùng", "signed_by": "Lương Thu Trang"},
  "fresh7 (blind). Hand-written in the COMMON layout of the weekly leaders' briefing (markdown) with fresh wording: the number "
  "and the place-and-date on one line joined by an em dash; field headings naming the Phó Chủ tịch who follows them (not units); "
  "bullets with the unit AFTER an arrow (`→ **P.KT (HT&ĐT)**`, `→ P.KT (HT&ĐT) phối hợp **BQLDA**`), bold `**Unit**:` heads "
  "(`Đội QLTTĐT`, `Trạm Y tế`, `CA phường`, `BCH Quân sự phường`), `VP:` and `TT PVHCC:`; deadlines `xong trước 17h ngày 03/4`, "
  "`hạn thứ Tư tuần sau (08/4)`, `trong tuần 15` (a week number: null), `trong tháng 4`, `xong trong ngày 31/3`, `trước thứ Sáu "
  "03/4`, `trong quý II`, `ngay trong ngày 30/3` (no year: the notice's); `vào các buổi tối từ thứ Hai đến thứ Sáu` (periodic, "
  "weekly defensible), `mỗi tuần 01 lần`, `vào sáng thứ Bảy hằng tuần, bắt đầu từ ngày 04/4` (a start); the leaders' schedule "
  "for the next week (noise); the signature on one line.",
  [T(KT, "Kiểm tra, xử lý dứt điểm 03 công trình xây dựng sai phép", "2026-04-03"),
   T(KT, "Hoàn thiện hồ sơ giải phóng mặt bằng dự án mở rộng ngõ 58", "2026-04-08", coop=["Ban Quản lý dự án phường"]),
   T("Đội Quản lý trật tự đô thị phường", "Đội QLTTĐT: ra quân xử lý lấn chiếm vỉa hè tuyến Nguyễn Văn Cừ", None, "periodic",
     recurrence_any=["periodic", "weekly"]),
   T(VH, "Phòng VH-XH hướng dẫn các TDP đăng ký danh hiệu", "2026-04-30"),
   T("Trạm Y tế phường", "Trạm Y tế: phun hóa chất diệt muỗi tại TDP 3", "2026-03-31"),
   T("Hội Liên hiệp Phụ nữ phường", "Đề nghị Hội LHPN phường phối hợp Trạm Y tế tuyên truyền các hộ gia đình", None, "weekly",
     coop=["Trạm Y tế phường"]),
   T("Công an phường", "CA phường: rà soát các cơ sở lưu trú, karaoke trên địa bàn", "2026-04-03"),
   T("Ban Chỉ huy Quân sự phường", "BCH Quân sự phường: hoàn thành huấn luyện dân quân năm thứ nhất", "2026-06-30"),
   T(VP, "VP: cập nhật kết luận giao ban lên phần mềm theo dõi nhiệm vụ", "2026-03-30"),
   T(PV, "TT PVHCC: bố trí công chức tiếp nhận hồ sơ vào sáng thứ Bảy hằng tuần", None, "weekly")])
