# Gold files of the eleventh fresh7 batch (824; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
VP = "Văn phòng HĐND và UBND phường"
VH = "Phòng Văn hóa - Xã hội"
W("824_hung_phu_ke_hoach_cham_lo_tet_dinh_mui.pdf",
  {"kind": "ke_hoach", "symbol": "KH-UBND", "number": "212", "place": "Hưng Phú", "issued_on": "2026-12-10",
   "meeting_on": None, "chaired_by": None, "signed_by": "Nguyễn Thị Bích Hạnh"},
  "fresh7 (blind). Hand-written in the COMMON layout of a ward plan with a `IV. TỔ CHỨC THỰC HIỆN` part (.pdf from src/824_….txt, "
  "`CỘNG HOÀ`, `Văn hoá`): Mục đích/Yêu cầu numbered like tasks (noise); `II. NỘI DUNG` (a list of activities naming no unit: "
  "optional, null; the market day is information); Kinh phí (noise); a unit heading in lower case with its role in a parenthesis "
  "(`1. phòng Văn hoá - Xã hội (cơ quan thường trực)`) over `+` items; `2. Trung tâm DVSNC phường: …` with a lunar date (`trước "
  "23 tháng Chạp`: null) and `02 lần/ngày` in a second clause (periodic kept); inline `3. X …`; a bare heading `4. Công an phường` "
  "over a paragraph; a `- 2 -` page number between items; `Trạm y tế phường:` (lower case) with an event day in a parenthesis; "
  "`Đề nghị Ủy ban MTTQ … và các tổ chức chính trị - xã hội …`; `02 lần/tuần trong tháng 01/2027`; two role holders as one subject "
  "(`Tổ trưởng TDP, Trưởng Ban công tác Mặt trận các TDP:`); windows `từ ngày 25/01 đến ngày 03/02/2027` and `hằng ngày từ ngày "
  "01/02 đến ngày 05/02/2027` (their ends, null defensible); `Chế độ báo cáo: các đơn vị …` (all units).",
  [T(None, "Thăm, tặng quà 215 gia đình chính sách, 96 hộ nghèo", optional=True),
   T(VH, "Tham mưu UBND phường danh sách đối tượng được tặng quà", "2026-12-20"),
   T(VH, "Phối hợp với các tổ dân phố tổ chức trao quà tận nhà", "2027-02-03", coop=["Các tổ dân phố"],
     deadline_any=["2027-02-03", None]),
   T(VH, "Tổng hợp kết quả, báo cáo UBND phường hằng ngày", "2027-02-05", "periodic", deadline_any=["2027-02-05", None]),
   T("Trung tâm Dịch vụ sự nghiệp công", "Trung tâm DVSNC phường: trang trí cờ, hoa, băng rôn trên các tuyến phố chính", None,
     "periodic", recurrence_any=["periodic", None]),
   T(VP, "Văn phòng HĐND và UBND phường bố trí lịch trực Tết của lãnh đạo", "2027-01-25"),
   T("Công an phường", "Xây dựng phương án bảo đảm an ninh trật tự, phòng cháy chữa cháy tại khu vực Chợ Tết", "2027-01-31"),
   T("Trạm Y tế phường", "Trạm y tế phường: bố trí trực cấp cứu, kiểm tra an toàn thực phẩm", "2027-01-30",
     deadline_any=["2027-01-30", None]),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội vận động", "2027-01-15",
     coop=["Các tổ chức chính trị - xã hội phường"]),
   T("Đoàn Thanh niên phường", "Đoàn Thanh niên phường tổ chức đội hình tình nguyện giúp người cao tuổi", "2027-01-31", "weekly",
     deadline_any=["2027-01-31", None]),
   T("Tổ trưởng các tổ dân phố", "Tổ trưởng TDP, Trưởng Ban công tác Mặt trận các TDP: nắm chắc hoàn cảnh các hộ",
     coop=["Trưởng Ban công tác Mặt trận các tổ dân phố"]),
   T(ALL, "Chế độ báo cáo: các đơn vị báo cáo kết quả thực hiện về UBND phường", "2027-02-10")])
