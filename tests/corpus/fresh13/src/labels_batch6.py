# Gold files of the sixth fresh13 batch (1423-1425; hand-written, labelled before any parser run; session 29, corpus18).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
VP = "Văn phòng HĐND và UBND phường"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH = "Phòng Văn hóa - Xã hội"
W("1423_huong_an_bang_kiem_chuan_bi_tet_dinh_mui.docx",
  {"symbol": None, "number": None, "place": "Hương An", "issued_on": "2027-01-05", "meeting_on": None, "chaired_by": None,
   "signed_by": "Võ Văn Định"},
  "fresh13 (blind). Hand-written (.docx from src/*.txt with the text filter): the ward office's CHECKLIST WITH TICKS for the Tết "
  "preparations, a legend `☑ đã xong ☐ chưa làm ◐ đang làm ☒ hủy`, Tết's solar day printed (information), `I.`-`IV.` area headings, "
  "lines `<tick> N. task | unit (phối hợp: …) | deadline`: ☑ and ☒ lines are NOT tasks (done, cancelled), ☐ and ◐ lines are; "
  "deadlines `trước 25/01/2027`, `Tuần 3/01/2027` (the 21st, null defensible), `hằng ngày từ 15/01 đến 05/02/2027` (periodic, the "
  "window's end), `Chủ nhật 31/01/2027` (the day held), `10/01 - 25/01/2027`, `lịch trực trước 27/01/2027` with `trước 15 giờ hằng ngày` "
  "(periodic), `thứ Sáu hằng tuần đến hết Tết`; the note's reporting rule for changes (optional, all units); the maker and the "
  "approving office head (signed_by). No number; kind left out (a checklist).",
  [T(VH, "Tiếp nhận, phân bổ và chi quà Tết của Chủ tịch nước", "2027-01-25", coop=["Ủy ban MTTQ Việt Nam phường"]),
   T("Ủy ban MTTQ Việt Nam phường", "Vận động doanh nghiệp, nhà hảo tâm ủng hộ", "2027-01-30"),
   T(VP, "Thăm, chúc Tết các gia đình chính sách tiêu biểu", "2027-01-21", deadline_any=["2027-01-21", None]),
   T("Đội Quản lý trật tự đô thị phường", "Kiểm tra, xử lý lấn chiếm vỉa hè tại chợ Hương An", "2027-02-05", "periodic",
     deadline_any=["2027-02-05", None]),
   T(KT, "Trang trí cờ, hoa, băng rôn, đèn chiếu sáng trang trí", "2027-01-28"),
   T("Các tổ dân phố", "Ra quân tổng vệ sinh đợt 2", "2027-01-31", coop=["Đoàn Thanh niên phường"],
     deadline_any=["2027-01-31", None]),
   T("Công an phường", "Xây dựng kế hoạch bảo đảm an ninh trật tự, phòng chống cháy nổ dịp Tết", "2027-01-20"),
   T("Ban Chỉ huy Quân sự phường", "Bố trí lực lượng dân quân trực sẵn sàng chiến đấu", "2027-02-03"),
   T("Trạm Y tế phường", "Kiểm tra an toàn thực phẩm các cơ sở kinh doanh bánh mứt", "2027-01-25", coop=[KT],
     deadline_any=["2027-01-25", None]),
   T("Trung tâm Phục vụ hành chính công", "Thông báo lịch nghỉ Tết, lịch trực tiếp nhận hồ sơ", "2027-01-29"),
   T(VP, "Lập lịch trực Tết của lãnh đạo, công chức", "2027-01-27", "periodic"),
   T(VP, "Tổng hợp kết quả các việc trên, báo cáo Chủ tịch UBND phường", None, "weekly"),
   T(ALL, "Đơn vị nào thay đổi tiến độ báo về Văn phòng", None, "periodic", optional=True)])
W("1424_bac_ly_lich_cong_tac_tuan_42.docx",
  {"symbol": "LCT-UBND", "number": "41", "place": "Bắc Lý", "issued_on": "2026-10-09", "meeting_on": None, "chaired_by": None,
   "signed_by": "Đặng Thị Hồng Vân"},
  "fresh13 (blind). Hand-written (.docx, a real Word table from src/*.html): a WEEKLY WORK SCHEDULE (`LỊCH CÔNG TÁC TUẦN 42`, `Số: "
  "41/LCT-UBND`, kind left out) mixing meetings and tasks: columns day / time / content / chair / `Đơn vị chuẩn bị` / participants, "
  "the day cell merged over two rows; a row that names a PREPARING UNIT is a task of that unit due on the row's day (null defensible, "
  "as for a work programme), the chair is never the unit; rows with no preparing unit (citizen reception, the chairman at a provincial "
  "conference, working at the office, the duty leader) are appointments, not tasks; then `CÁC VIỆC CẦN HOÀN THÀNH TRONG TUẦN` with "
  "four tasks: `trước 16h00 thứ Ba (13/10/2026)`, `trước 16h00 thứ Năm (15/10/2026)`, `từ thứ Tư` (a start: null), `sáng thứ Hai hằng "
  "tuần`; the note on changes (noise); signed `TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG`.",
  [T(VP, "Chào cờ; giao ban lãnh đạo UBND phường đầu tuần", "2026-10-12", deadline_any=["2026-10-12", None]),
   T("Trung tâm Phục vụ hành chính công", "Làm việc với Đoàn kiểm tra của Sở Nội vụ về công tác cải cách hành chính", "2026-10-13",
     coop=[VP], deadline_any=["2026-10-13", None]),
   T(VH, "Họp Ban Chỉ đạo chuyển đổi số phường", "2026-10-13", deadline_any=["2026-10-13", None]),
   T(KT, "Kiểm tra hiện trường công trình nhà văn hóa tổ dân phố 5", "2026-10-14", coop=["Ban Quản lý dự án phường"],
     deadline_any=["2026-10-14", None]),
   T(VH, "Họp xét duyệt danh sách hộ nghèo, hộ cận nghèo", "2026-10-15", deadline_any=["2026-10-15", None]),
   T(VP, "Phiên họp thường kỳ UBND phường tháng 10/2026", "2026-10-15", deadline_any=["2026-10-15", None]),
   T(KT, "Đối thoại với hộ kinh doanh chợ Bắc Lý", "2026-10-16", coop=["Ban Quản lý chợ Bắc Lý"], deadline_any=["2026-10-16", None]),
   T("Đoàn Thanh niên phường", "Ra quân tổng vệ sinh môi trường, khơi thông cống rãnh", "2026-10-17", coop=["Các tổ dân phố"],
     deadline_any=["2026-10-17", None]),
   T(ALL, "Các phòng, đơn vị gửi báo cáo kết quả công tác tháng 10/2026 về Văn phòng", "2026-10-13"),
   T(KT, "Phòng Kinh tế, Hạ tầng và Đô thị hoàn thiện 17 hồ sơ cấp phép xây dựng", "2026-10-15"),
   T("Trung tâm Dịch vụ sự nghiệp công", "Trung tâm Dịch vụ sự nghiệp công cập nhật lịch công tác tuần lên cổng thông tin"),
   T("Công an phường", "Công an phường báo cáo tình hình an ninh trật tự trên địa bàn tại cuộc giao ban", None, "weekly")])
VPX = "Văn phòng HĐND và UBND xã"
W("1425_hoa_binh_tay_ke_hoach_phu_luc_cot_thoi_gian.pdf",
  {"kind": "ke_hoach", "symbol": "KH-UBND", "number": "96", "place": "Hòa Bình Tây", "issued_on": "2026-06-26", "meeting_on": None,
   "chaired_by": None, "signed_by": "Bùi Văn Khải"},
  "fresh13 (blind). Hand-written (.pdf, a real table from src/*.html): a commune plan whose appendix table's DEADLINE COLUMN uses "
  "wordings without a year (the plan's year): `Tuần 2/7` (the second week of July: the 14th, null defensible), `Quý III`, `Hằng tháng "
  "trước ngày 25` (monthly, no date), `Tháng 8, 9` (a range: its end), `Trước 15/10`, `Tuần cuối tháng 11` (the month's end, null "
  "defensible), `Thường xuyên`, `Đợt 1: 20/7; đợt 2: 20/10` (the first round, the last defensible; periodic, null defensible), `Hằng "
  "tuần (thứ Sáu)`, `Quý III - Quý IV`, `Hằng quý (tháng cuối quý)`, `6 tháng cuối năm` (the window's end, null defensible), `Trước kỳ "
  "họp cuối năm HĐND xã` (no day printed: null, the year's end defensible); group rows `I`-`III`; `Mục đích, yêu cầu` (noise); two body "
  "tasks under `III. TỔ CHỨC THỰC HIỆN`; the signature block BEFORE the appendix. Text starts stay in the first printed line of a cell.",
  [T("Các phòng, ban, đơn vị", "Các phòng, đơn vị được giao nhiệm vụ tại Phụ lục xây dựng kế hoạch chi tiết", "2026-07-10"),
   T(VPX, "Văn phòng HĐND và UBND xã theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch", None, "quarterly"),
   T("Phòng Kinh tế xã", "Tổ chức ra quân thu nợ thuế, phí tồn", "2026-07-14", coop=["Thuế cơ sở 4", "Các thôn"],
     deadline_any=["2026-07-14", None]),
   T("Ban Quản lý dự án xã", "Hoàn thành giải ngân vốn đầu tư công", "2026-09-30", coop=["Phòng Kinh tế xã"]),
   T("Phòng Kinh tế xã", "Cập nhật biến động giá cả thị trường,", None, "monthly"),
   T("Phòng Kinh tế xã", "Chỉ đạo gieo trồng, chăm sóc lúa vụ", "2026-09-30", coop=["Hợp tác xã nông nghiệp Hòa Bình"]),
   T("Phòng Kinh tế xã", "Lập dự toán thu, chi ngân sách xã", "2026-10-15", coop=[VPX]),
   T("Phòng Văn hóa - Xã hội", "Rà soát hộ nghèo, hộ cận nghèo cuối", "2026-11-30", coop=["Trưởng các thôn"],
     deadline_any=["2026-11-30", None]),
   T("Phòng Văn hóa - Xã hội", "Tuyên truyền xây dựng thôn văn hóa,", coop=["Ủy ban MTTQ Việt Nam xã"]),
   T("Trạm Y tế xã", "Tiêm chủng mở rộng, khám sức khỏe", "2026-07-20", "periodic", coop=["Hội Người cao tuổi xã"],
     deadline_any=["2026-07-20", "2026-10-20"], recurrence_any=["periodic", None]),
   T("Trạm Y tế xã", "Báo cáo tình hình dịch bệnh, vệ sinh", None, "weekly"),
   T("Ban Chỉ huy Quân sự xã", "Tổ chức diễn tập phòng thủ dân sự", "2026-12-31", coop=["Công an xã"]),
   T("Công an xã", "Báo cáo kết quả tấn công trấn áp tội", None, "quarterly"),
   T("Trung tâm Phục vụ hành chính công", "Số hóa hồ sơ, kết quả giải quyết thủ", "2026-12-31", coop=[VPX],
     deadline_any=["2026-12-31", None]),
   T(VPX, "Tổng hợp báo cáo kết quả thực hiện", None, coop=["Các phòng, ban, đơn vị"], deadline_any=[None, "2026-12-31"])])
