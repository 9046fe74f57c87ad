# Gold file of 1129 (fresh10; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
VH = "Phòng Văn hóa - Xã hội"; DTN = "Đoàn Thanh niên phường"
W("1129_phuong_liet_ke_hoach_trung_thu_bang_gop_o.docx",
  {"kind": "ke_hoach", "symbol": "KH-UBND", "number": "203", "place": "Phương Liệt", "issued_on": "2027-08-20",
   "meeting_on": None, "chaired_by": None, "signed_by": "Lương Thị Minh Nguyệt"},
  "fresh10 (blind). COMMON layout (.docx, Word tables): a ward KẾ HOẠCH with header and signature tables; Mục đích, the event's day "
  "and place (information: `19h00 ngày 14/9/2027 (tức ngày 14 tháng 8 năm Đinh Mùi)`), unit-less activities (optional, one); `IV. "
  "PHÂN CÔNG NHIỆM VỤ` as a table `STT | Đơn vị | Nhiệm vụ | Thời gian hoàn thành` whose UNIT CELLS ARE MERGED over three and two "
  "rows (`P.VH-XH (thường trực)` on two lines, `Đoàn TN phường`), two units in one cell (the first leads); `Trước 31/8` (no year), "
  "`Trong vòng 05 ngày làm việc sau Đêm hội` (the printed Tuesday 14/9: 21/9; calendar 19/9), `Tháng 8 - 9/2027`, `14/9/2027` for "
  "the evening's own tasks (the day it is held, null defensible), `Trước 17h ngày 14/9/2027`, `Từ 10/9 đến 15/9/2027` (a window: "
  "its end, null defensible); `V. TỔ CHỨC THỰC HIỆN`: all units report.",
  [T(None, "Trao quà cho trẻ em có hoàn cảnh khó khăn, trẻ em khuyết tật", optional=True),
   T(VH, "Xây dựng kịch bản, chương trình Đêm hội Trăng rằm", "2027-09-05"),
   T(VH, "Tổng hợp danh sách trẻ em có hoàn cảnh khó khăn được tặng quà", "2027-08-31"),
   T(VH, "Báo cáo kết quả tổ chức Tết Trung thu về UBND Thành phố", "2027-09-21", deadline_any=["2027-09-19"]),
   T(DTN, "Tập luyện tiết mục văn nghệ, múa lân của thiếu nhi", "2027-09-30"),
   T(DTN, "Tổ chức rước đèn ông sao quanh hồ Phương Liệt", "2027-09-14", deadline_any=[None]),
   T("Trung tâm Dịch vụ sự nghiệp công phường", "Lắp đặt âm thanh, ánh sáng, sân khấu", "2027-09-14"),
   T("Công an phường", "Bảo đảm an ninh trật tự, an toàn giao thông Đêm hội", "2027-09-14", deadline_any=[None]),
   T("Trạm Y tế phường", "Kiểm tra an toàn thực phẩm bánh kẹo, quà tặng", "2027-09-10"),
   T("Ủy ban MTTQ Việt Nam phường", "Vận động các tổ chức, cá nhân tài trợ quà Trung thu", "2027-08-31",
     coop=["Hội Liên hiệp Phụ nữ phường"]),
   T("Tổ trưởng các tổ dân phố", "Tổ chức vui Tết Trung thu tại khu dân cư", "2027-09-15", deadline_any=[None]),
   T("Các phòng, ban, đơn vị", "Các đơn vị căn cứ nhiệm vụ được phân công tại mục IV chủ động triển khai", "2027-09-17")])
