# Gold files of the first fresh8 batch (901-903; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("901_dong_thanh_thong_bao_phong_chong_ret.txt",
  {"kind": "thong_bao", "symbol": None, "number": None, "place": None, "issued_on": None,
   "meeting_on": None, "chaired_by": None, "signed_by": None},
  "fresh8 (blind). Rewritten from a commune portal's page of a THÔNG BÁO on cold spells (Jan 2026 there, Jan 2027 here): the "
  "portal's broken date widget (`day , 00 / month / 0000`), language links and menu; no number, date line or signer; items "
  "opened by ordinal words `Thứ nhất … Thứ sáu`; the lead-in names `các cơ quan, đơn vị, Trưởng khu dân cư và toàn thể Nhân "
  "dân`; advice to the public (optional) and to households (optional, no unit); `trước 15 giờ hằng ngày trong thời gian có rét`; "
  "`trước ngày 12/01/2027`; `Thứ sáu` (added); related links, view counter and share line.",
  [T(ALL, "Thứ nhất, thường xuyên theo dõi các bản tin dự báo, cảnh báo thời tiết", optional=True),
   T("Trạm Y tế xã", "Trạm Y tế xã phối hợp với các trường học trên địa bàn tăng cường tuyên truyền",
     coop=["Các trường học trên địa bàn xã"]),
   T(None, "các hộ chăn nuôi gia cố, che chắn chuồng trại, giữ ấm cho trâu, bò", optional=True),
   T(ALL, "các cơ quan, đơn vị tổ chức trực ban nghiêm túc, tổng hợp tình hình rét đậm", None, "periodic"),
   T("Trưởng các khu dân cư", "Trưởng các khu dân cư thông báo nội dung này trên loa truyền thanh của khu dân cư", "2027-01-12"),
   T("Phòng Kinh tế xã", "Phòng Kinh tế xã chủ trì, phối hợp với Trung tâm Dịch vụ sự nghiệp công xã kiểm tra việc che chắn mạ",
     coop=["Trung tâm Dịch vụ sự nghiệp công xã"])])
TT = "Trưởng các thôn"; HTX = ["Hợp tác xã dịch vụ nông nghiệp xã"]
W("902_xuan_loc_van_ban_ung_pho_ret_dam.txt",
  {"kind": "cong_van", "symbol": None, "number": None, "place": None, "issued_on": None,
   "subject": "Chủ động ứng phó với mưa to cục bộ, rét đậm, rét hại",
   "meeting_on": None, "chaired_by": None, "signed_by": "Đỗ Văn Thường"},
  "fresh8 (blind). Rewritten from a commune portal's post of the chairman's letter on heavy rain and cold (Nov 2022 there, Dec "
  "2026 here): breadcrumb, `V/v` as the headline, `Đăng lúc:` (a posting date, not a signing date) and a zoom `100%`; a "
  "forecast with dates (noise); a lead-in `Chủ tịch UBND xã đề nghị các đ/c Trưởng thôn, HTX DVNN xã, các đơn vị …` over four "
  "subject-less items (the first named, the village heads, lead; the cooperative cooperates); a following `Đồng thời, giao "
  "Công chức Văn hóa - Xã hội xã …` sentence with a dated list (added); a closing exhortation (noise); signature in the text.",
  [T(TT, "Thường xuyên cập nhật thông tin dự báo diễn biến thời tiết", coop=HTX),
   T(TT, "Hướng dẫn người dân bảo đảm an toàn cho người, nhất là người già", coop=HTX),
   T(TT, "Hướng dẫn, kiểm tra, đôn đốc việc phòng, chống rét cho vật nuôi, cây trồng", coop=HTX),
   T(TT, "Vận động các hộ chăn nuôi củng cố chuồng trại, che chắn giữ ấm", coop=HTX),
   T("Công chức Văn hóa - Xã hội xã", "giao Công chức Văn hóa - Xã hội xã phối hợp với Trạm Y tế xã rà soát người cao tuổi sống một mình",
     "2026-12-18", coop=["Trạm Y tế xã"])])
XA = "UBND các xã, thị trấn"
W("903_moc_son_cong_dien_khan_ret_dam.pdf",
  {"kind": "cong_dien", "symbol": "CĐ-BCH", "number": "03", "place": None, "issued_on": "2025-01-14",
   "meeting_on": None, "chaired_by": None, "signed_by": "Hà Văn Thuấn"},
  "fresh8 (blind). Rewritten from a district portal's copy of the disaster board's URGENT CÔNG ĐIỆN on cold spells (Feb 2017 "
  "there, Jan 2025 here, before the reform) (.pdf): `Top slide banner`; `Số: 03/CĐ-BCH, 7h45' ngày 14 tháng 01 năm 2025` (the "
  "date on the Số line, no place); `TRƯỞNG BAN CHỈ HUY … Điện:` over three addressees; a forecast with dates; `1. UBND các xã, "
  "thị trấn` as a bare heading over three `-` bullets; `2. Phòng Nông nghiệp và PTNT huyện chủ trì, phối hợp …` and `3. Trung "
  "tâm Y tế huyện chỉ đạo các trạm y tế …` inline (added; the addressee leads); `trước 15 giờ hằng ngày`; `(Đã ký)` over a "
  "three-line title.",
  [T(XA, "Tổ chức kiểm tra, hướng dẫn hộ chăn nuôi củng cố chuồng trại"),
   T(XA, "Chỉ đạo các thôn, bản hướng dẫn người dân che phủ nilon cho mạ"),
   T(XA, "Tổ chức trực ban 24/24h, theo dõi chặt chẽ diễn biến thời tiết", None, "periodic"),
   T("Phòng Nông nghiệp và Phát triển nông thôn huyện", "Phòng Nông nghiệp và PTNT huyện chủ trì, phối hợp với Trạm Chăn nuôi",
     coop=["Trạm Chăn nuôi và Thú y huyện"]),
   T("Trung tâm Y tế huyện", "Trung tâm Y tế huyện chỉ đạo các trạm y tế xã, thị trấn chuẩn bị thuốc", "2025-01-17")])
