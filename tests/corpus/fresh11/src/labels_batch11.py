# Gold file of 1224 (fresh11; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
W("1224_phuoc_my_giao_ban_tuan_38_ky_hieu.txt",
  {"kind": "thong_bao", "symbol": "TB-VP", "number": "214", "place": "Phước Mỹ", "issued_on": "2026-09-18",
   "meeting_on": "2026-09-14", "chaired_by": "Phan Thanh Nghị", "signed_by": "Hoàng Thị Bích Liên"},
  "fresh11 (blind). Hand-written COMMON layout, fresh wording: the office's notice of the leaders' weekly briefing (week 38) whose units "
  "are one- to three-letter CODES the notice defines first in a legend line (`VP - Văn phòng …; KT - Phòng …; … DA - Ban Quản lý dự án "
  "phường`): items `N. KT – task` and items with the codes in a trailing parenthesis `(chủ trì: HCC; phối hợp: KT)`, `(chủ trì: DA)`; "
  "deadlines `xong trước 30/9`, `chậm nhất thứ Tư (23/9)`, `trong tuần 39` (null), `vào tối 25/9` (the day held, null defensible), `trước "
  "ngày 05/10`, `đến hết ngày 15/10`, `trước 10h sáng thứ Hai tuần sau (21/9)`, `trước 17h ngày 22/9`, `trong tháng 10/2026`, `trong ngày "
  "19/9`; `trợ cấp hằng tháng` (a noun's frequency), `các tối thứ Sáu, thứ Bảy, Chủ nhật hằng tuần`, `vào mỗi sáng thứ Hai` (weekly); "
  "`I.` figures and `III. LỊCH CÔNG TÁC` (noise).",
  [T("Phòng Kinh tế, Hạ tầng và Đô thị", "đôn đốc nhà thầu hoàn trả mặt đường tuyến Nguyễn Văn Cừ", "2026-09-30"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "lập hồ sơ cưỡng chế 02 công trình xây dựng sai phép tại tổ dân phố 5", "2026-09-23"),
   T("Trung tâm Phục vụ hành chính công", "Rà soát 27 hồ sơ đất đai quá hạn, trả lời bằng văn bản cho công dân", None,
     coop=["Phòng Kinh tế, Hạ tầng và Đô thị"]),
   T("Phòng Văn hóa - Xã hội", "tổ chức vui Tết Trung thu cho thiếu nhi tại 14 tổ dân phố", "2026-09-25", deadline_any=["2026-09-25", None]),
   T("Phòng Văn hóa - Xã hội", "chi trả trợ cấp hằng tháng cho đối tượng bảo trợ xã hội kỳ tháng 10", "2026-10-05", None,
     recurrence_any=[None, "monthly"]),
   T("Công an phường", "tăng cường tuần tra, kiểm soát khu vực chợ đêm Phước Mỹ", None, "weekly"),
   T("Ban Chỉ huy Quân sự phường", "hoàn thành sơ tuyển sức khỏe công dân nhập ngũ năm 2027", "2026-10-15"),
   T("Ban Quản lý dự án phường", "Báo cáo tiến độ giải ngân vốn đầu tư công 9 tháng, gửi VP", "2026-09-21"),
   T("Văn phòng HĐND và UBND phường", "cập nhật tiến độ các nhiệm vụ quá hạn trên phần mềm theo dõi", None, "weekly"),
   T("Văn phòng HĐND và UBND phường", "chuẩn bị tài liệu, giấy mời phiên họp UBND phường thường kỳ tháng 9", "2026-09-22"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam phường chủ trì giám sát việc thu, chi quỹ vận động",
     "2026-10-31"),
   T("Tổ trưởng các tổ dân phố", "Tổ trưởng các tổ dân phố thông báo lịch tạm ngừng cấp nước đến từng hộ gia đình", "2026-09-19")])
