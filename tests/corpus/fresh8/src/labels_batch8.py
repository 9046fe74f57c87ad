# Gold files of the eighth fresh8 batch (921; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("921_hoa_my_ket_luan_phien_hop_thang11.txt",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "215", "place": "Hòa Mỹ", "issued_on": "2026-11-06",
   "meeting_on": "2026-11-04", "chaired_by": "Nguyễn Hữu Phước", "signed_by": "Lê Thị Thu Hiền"},
  "fresh8 (blind). COMMON layout: the ward's monthly kết luận issued by the office, header columns side by side with the place line "
  "apart from the number; figures (noise); `II.` field headings `a) … d)` over `-` items whose unit is written every way: after the "
  "task in lower case (`(giao: ban qlda phường)`, `- phòng kt,ht và đt chủ trì, đội trật tự đô thị phường phối hợp`, `(đội trật "
  "tự đô thị phường thực hiện)`, `(VP HĐND - UBND phường)`), before a colon (`P. VHXH:`, `CA phường:`, `Ban CHQS phường:`, "
  "`TT.PVHCC phường:`, `Tổ trưởng các TDP:`), `Đề nghị UB MTTQVN phường …`, `Các bộ phận chuyên môn …` (all units); deadlines with "
  "no year (`trước 15/12`, `xong trong tháng 12`, `trong quý IV`, `trước ngày 25/11`), `trong vòng 07 ngày làm việc kể từ ngày ký` "
  "(signed Friday 06/11: 17/11, the calendar count 13/11 defensible), a window `từ ngày 16 đến ngày 21/11/2026`; `vào tối thứ Sáu "
  "hằng tuần`, `định kỳ ngày 20 hằng tháng`, `02 lần/tháng`, `vào sáng thứ Hai hằng tuần`, a schedule `hằng ngày` describing the "
  "collection (not the task's); the next meeting (noise).",
  [T("Ban Quản lý dự án phường", "Đôn đốc nhà thầu tăng ca, tăng kíp thi công tuyến mương thoát nước ngõ 68, bảo đảm hoàn thành", "2026-12-15"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Kiểm tra, xử lý dứt điểm 06 trường hợp vi phạm trật tự xây dựng đã lập biên bản", "2026-11-17",
     coop=["Đội Quản lý trật tự đô thị phường"], deadline_any=["2026-11-17", "2026-11-13"]),
   T("Đội Quản lý trật tự đô thị phường", "Ra quân xử lý lấn chiếm vỉa hè, lòng đường các tuyến Hòa Mỹ 1", None, "weekly"),
   T("Phòng Văn hóa - Xã hội", "P. VHXH: rà soát, lập danh sách hộ nghèo, hộ cận nghèo năm 2027 theo chuẩn mới", "2026-12-31"),
   T("Trạm Y tế phường", "Tổ chức tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi", "2026-11-21",
     coop=["Các trường mầm non trên địa bàn phường"], deadline_any=["2026-11-21", None]),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị UB MTTQVN phường vận động Quỹ \"Vì người nghèo\" năm 2027", None, "monthly"),
   T("Công an phường", "CA phường: rà soát người nước ngoài tạm trú, các cơ sở lưu trú", None, "monthly"),
   T("Ban Chỉ huy Quân sự phường", "Ban CHQS phường: hoàn chỉnh hồ sơ gọi công dân nhập ngũ năm 2027", "2026-11-25"),
   T("Trung tâm Phục vụ hành chính công", "TT.PVHCC phường: công khai tiến độ giải quyết hồ sơ trên màn hình tại quầy", None, "weekly"),
   T("Văn phòng HĐND và UBND phường", "Tham mưu báo cáo tổng kết công tác năm 2026 và chương trình công tác năm 2027", "2026-12-31"),
   T(ALL, "Các bộ phận chuyên môn cập nhật đầy đủ văn bản đi, đến lên hệ thống quản lý văn bản", "2026-11-30"),
   T("Tổ trưởng các tổ dân phố", "Tổ trưởng các TDP: thông báo lịch thu gom rác thải mới", "2026-11-15",
     recurrence_any=[None, "periodic"])])
