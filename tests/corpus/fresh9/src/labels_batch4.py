# Gold files of the fourth fresh9 batch (1010-1012; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
UB = "UBND phường Gia Viên"
W("1010_le_loi_truong_th_de_nghi_phuong_cong_truong.docx",
  {"kind": "cong_van", "symbol": "CV-THLL", "number": "58", "place": "Gia Viên", "issued_on": "2026-09-14",
   "meeting_on": None, "chaired_by": None, "signed_by": "Phạm Thị Thanh Huyền",
   "subject": "đề nghị phối hợp bảo đảm trật tự, an toàn giao thông khu vực cổng trường"},
  "fresh9 (blind). Written from a real text's facts (.docx): a primary school's công văn to its ward, after its youth branch's page on a "
  "school-gate traffic project: `UBND PHƯỜNG … / TRƯỜNG TIỂU HỌC …` over `Số: 58/CV-THLL`, a V/v over two lines beside the date; "
  "figures; `kính đề nghị UBND phường quan tâm chỉ đạo một số nội dung sau:` over numbered requests `Chỉ đạo Công an phường …`, `Chỉ đạo "
  "Phòng Kinh tế, Hạ tầng và Đô thị phường …` (the addressee leads every request); `các ngày thứ Hai, thứ Sáu hằng tuần`; the school's "
  "own commitment (optional); `HIỆU TRƯỞNG (Đã ký)`.",
  [T(UB, "Chỉ đạo Công an phường bố trí lực lượng hỗ trợ điều tiết giao thông", None, "weekly"),
   T(UB, "Chỉ đạo Phòng Kinh tế, Hạ tầng và Đô thị phường kiểm tra, bổ sung biển báo", "2026-10-15"),
   T(UB, "Chỉ đạo lực lượng trật tự đô thị phường xử lý dứt điểm tình trạng hàng quán"),
   T(UB, "Hỗ trợ nhà trường kinh phí làm 02 pano tuyên truyền"),
   T("Trường Tiểu học Lê Lợi", "nhà trường cam kết duy trì lực lượng bảo vệ và đội cờ đỏ", optional=True)])
W("1011_thanh_lam_doan_xa_ra_quan_chu_nhat_xanh.txt",
  {"kind": None, "place": None, "issued_on": None, "chaired_by": None, "signed_by": None},
  "fresh9 (blind). Rewritten from a real text: a city youth union's page on a commune youth union's `Chủ nhật xanh` (Sep 2026): menu, the "
  "date written `20 09 2026`, `in trang`, a headline in capitals, past activities (noise); the commune youth secretary's requests (added): "
  "`đề nghị các chi đoàn thôn … vào Chủ nhật cuối cùng hằng tháng` (monthly), `Đồng chí giao Ban Chấp hành Đoàn xã … trước ngày "
  "15/10/2026`; `Admin`, `Thong ke`. A launch event, not a meeting: meeting_on left out.",
  [T("Các chi đoàn thôn", "đề nghị các chi đoàn thôn duy trì ra quân \"Ngày Chủ nhật xanh\" vào Chủ nhật cuối cùng hằng tháng",
     None, "monthly"),
   T("Ban Chấp hành Đoàn xã", "giao Ban Chấp hành Đoàn xã xây dựng kế hoạch ra mắt mô hình", "2026-10-15")])
W("1012_xuan_dinh_tin_chu_nhat_xanh_lan_1.txt",
  {"kind": None, "place": None, "issued_on": None, "chaired_by": None, "signed_by": None},
  "fresh9 (blind). Rewritten from a real text: a commune portal's item on the first `Chủ nhật xanh` of 2027: the title, a date, the "
  "lead printed TWICE, a stray `THÔNG BÁO` at the end (the next menu item); the deputy chairman's requests (added): `đề nghị Đoàn xã "
  "phối hợp với Hội Liên hiệp Phụ nữ xã … vào sáng Chủ nhật tuần thứ hai hằng tháng` (`Đoàn xã` → Đoàn Thanh niên xã), `yêu cầu Phòng "
  "Kinh tế xã … trong tháng 4/2027; trường học trên địa bàn xã phối hợp …` (a second subject after `;`). meeting_on left out (a launch "
  "event).",
  [T("Đoàn Thanh niên xã", "đề nghị Đoàn xã phối hợp với Hội Liên hiệp Phụ nữ xã duy trì ra quân", None, "monthly",
     coop=["Hội Liên hiệp Phụ nữ xã"]),
   T("Phòng Kinh tế xã", "yêu cầu Phòng Kinh tế xã bố trí thêm 06 điểm tập kết rác tạm thời", "2027-04-30"),
   T("Các trường học trên địa bàn xã", "trường học trên địa bàn xã phối hợp tổ chức cho học sinh tham gia nhặt rác")])
