# Gold files of the eighth fresh13 batch (1428-1430; hand-written, labelled before any parser run; session 29, corpus18).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
VP = "Văn phòng HĐND và UBND phường"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH = "Phòng Văn hóa - Xã hội"
HCC = "Trung tâm Phục vụ hành chính công"
W("1428_loc_binh_thong_bao_ket_luan_ban_quet_sao_y.pdf",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "301", "place": "Lộc Bình", "issued_on": "2026-10-15",
   "meeting_on": "2026-10-13", "chaired_by": "Hoàng Văn Quyết", "signed_by": "Nông Thị Mai"},
  "fresh13 (blind). Hand-written (.pdf from src/*.txt): a SCANNED-LOOKING copy: a boxed ARRIVAL STAMP (`ĐẾN Số: 1127 / Ngày: … / "
  "Chuyển: …`, noise) above TWO HEADER COLUMNS on shared lines, text HARD-WRAPPED at ~78 characters (items continue on the next "
  "line), a page number `- 1 -`, and a SAO Y BẢN CHÍNH block after a rule with its own `Số: 45/SY-VP`, place-and-date line and "
  "signature (the copy's: every document field comes from the original above it). The commune chairman's conclusions signed on a "
  "THURSDAY (15/10/2026) with RELATIVE DEADLINES: `trong 05 ngày làm việc kể từ ngày ký` (22/10; calendar 20/10 defensible) with "
  "`định kỳ hằng quý`, `chậm nhất ngày thứ Sáu tuần này` (16/10), `trước ngày 20 tháng sau` (20/11), `trong vòng 10 ngày kể từ ngày "
  "ký` (25/10), `trong tháng này`, `trước thứ Hai tuần sau` (19/10; the Friday before defensible), `hằng tuần vào chiều thứ Năm`, `ngay "
  "sau khi nhận được thông báo này` (null), `trước ngày khởi công công trình (dự kiến ngày 02/11/2026)`; the assessment and the next "
  "briefing's day (noise).",
  [T("Phòng Kinh tế xã", "Phòng Kinh tế xã hoàn thiện hồ sơ thu hồi đất đường liên thôn", "2026-10-22", "quarterly",
     deadline_any=["2026-10-22", "2026-10-20"]),
   T("Văn phòng HĐND và UBND xã", "Văn phòng HĐND và UBND xã rà soát, cập nhật danh mục văn bản quá hạn", "2026-10-16"),
   T("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội hoàn thành chi trả trợ cấp xã hội tháng 11", "2026-11-20"),
   T("Công an xã", "Công an xã xây dựng phương án bảo đảm an ninh trật tự phiên chợ", "2026-10-25"),
   T("Ban Chỉ huy Quân sự xã", "Ban Chỉ huy Quân sự xã hoàn thành sơ tuyển sức khỏe công dân nhập ngũ", "2026-10-31"),
   T("Trạm Y tế xã", "Trạm Y tế xã báo cáo tình hình bệnh tay chân miệng", "2026-10-19", deadline_any=["2026-10-19", "2026-10-16"]),
   T(HCC, "Trung tâm Phục vụ hành chính công xã tổng hợp hồ sơ trễ hạn", None, "weekly"),
   T("Trưởng các thôn", "Trưởng các thôn phổ biến lịch thu gom rác thải mới"),
   T("Ủy ban MTTQ Việt Nam xã", "Đề nghị Ủy ban MTTQ Việt Nam xã chủ trì tổ chức hội nghị đối thoại", "2026-10-30"),
   T("Ban Quản lý dự án xã", "Ban Quản lý dự án xã phối hợp Phòng Kinh tế xã bàn giao mốc giới", "2026-11-02",
     coop=["Phòng Kinh tế xã"], deadline_any=["2026-11-02", "2026-11-01"]),
   T(ALL, "Các phòng, đơn vị báo cáo kết quả thực hiện các nội dung trên", None, "weekly")])
W("1429_an_nhon_hdnd_thong_bao_ket_qua_giam_sat_dat_dai.docx",
  {"kind": "thong_bao", "symbol": "TB-HĐND", "number": "27", "place": "An Nhơn Đông", "issued_on": "2027-03-11",
   "meeting_on": "2027-03-04", "chaired_by": "Nguyễn Thị Thanh Bình", "signed_by": "Nguyễn Thị Thanh Bình"},
  "fresh13 (blind). Hand-written (.docx from src/*.txt): a ward HĐND standing body's notice of a SUPERVISION's results: the header "
  "columns one under the other, the plan it rests on (referenced), the working session and its `Trưởng đoàn` (meeting_on, chaired_by), "
  "`I. KẾT QUẢ` figures and `II. TỒN TẠI, HẠN CHẾ` numbered `1. 2. 3.` like tasks (noise), then `III. KIẾN NGHỊ` addressed per body: "
  "`1. Đối với UBND phường` over `a) Chỉ đạo Phòng … và Trung tâm … khắc phục …` (the addressee directs others: the UBND leads), `b) … "
  "trong dự toán năm 2027 (not a deadline), hoàn thành trước ngày 30/6/2027`, `c) … trước kỳ họp thường lệ giữa năm 2027 (dự kiến khai "
  "mạc ngày 12/7/2027)` (the printed day; the day before defensible); `2. Đối với Phòng …` (`… cập nhật hằng tháng`), `3. Đối với Trung "
  "tâm …` (`trong tháng 3/2027`, `vào thứ Hai hằng tuần`), `4. Đối với Văn phòng …` whose task is a subject-less paragraph on the next "
  "line, `5. Giao Ban Kinh tế - Ngân sách HĐND phường … định kỳ hằng quý`; the closing request to everyone (optional).",
  [T("UBND phường", "Chỉ đạo Phòng Kinh tế, Hạ tầng và Đô thị và Trung tâm Phục vụ hành chính công khắc phục ngay các tồn tại, hạn chế nêu trên"),
   T("UBND phường", "Bố trí kinh phí số hóa hồ sơ địa chính trong dự toán năm 2027", "2027-06-30"),
   T("UBND phường", "Báo cáo kết quả thực hiện các kiến nghị bằng văn bản gửi Thường trực HĐND phường", "2027-07-12",
     deadline_any=["2027-07-12", "2027-07-11"]),
   T(KT, "Rà soát, giải quyết dứt điểm 46 hồ sơ quá hạn", "2027-04-30"),
   T(KT, "Công khai danh sách hồ sơ đất đai đang giải quyết", None, "monthly"),
   T(HCC, "Niêm yết đầy đủ, cập nhật các thủ tục hành chính", "2027-03-31"),
   T(HCC, "Theo dõi, nhắc việc đối với hồ sơ sắp đến hạn", None, "weekly"),
   T(VP, "Tham mưu UBND phường ban hành quy chế phối hợp", "2027-04-15"),
   T("Ban Kinh tế - Ngân sách HĐND phường", "Giao Ban Kinh tế - Ngân sách HĐND phường theo dõi, giám sát việc thực hiện",
     None, "quarterly"),
   T("UBND phường", "Đề nghị UBND phường và các cơ quan, đơn vị có liên quan nghiêm túc thực hiện", optional=True)])
W("1430_long_thanh_che_do_bao_cao_dinh_ky.md",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "21", "place": "Long Thạnh", "issued_on": "2027-01-18", "meeting_on": None,
   "chaired_by": None, "signed_by": "Trịnh Quốc Bảo"},
  "fresh13 (blind). Hand-written (markdown): a notice of the ward's REPORTING REGIME, a pipe table `Tên báo cáo | Đơn vị báo cáo | "
  "Kỳ báo cáo | Thời hạn gửi | Nơi nhận` whose rows are tasks of the reporting unit with RECURRENCE FROM THE `Kỳ báo cáo` COLUMN: "
  "`Hằng tuần` → weekly, `Hằng tháng` → monthly, `Hằng quý` (with `Trước ngày 15 của tháng cuối quý`) → quarterly, `6 tháng, năm` with "
  "`Trước ngày 10/6 và trước ngày 05/12/2027` → periodic, the first round's date (the last defensible), `Năm` with a date → yearly (null "
  "defensible) due that day, `Hằng ngày` → periodic, `Đột xuất` with `Trong vòng 24 giờ kể từ khi xảy ra vụ việc` → null, null; units "
  "abbreviated (`P.KT-HT-ĐT`, `TT PVHCC`, `P.VH-XH`, `BCHQS phường`); `2. Tổ chức thực hiện` with the heads' responsibility (optional, "
  "all units), two office tasks (`vào sáng thứ Sáu hằng tuần`, `trước ngày 25/01/2027`) and the effective date (noise).",
  [T("Công an phường", "Tình hình an ninh trật tự, vụ việc nổi cộm", None, "weekly"),
   T("Trạm Y tế phường", "Tình hình dịch bệnh, an toàn thực phẩm", None, "weekly"),
   T(KT, "Tiến độ thu ngân sách, giải ngân đầu tư công", None, "monthly"),
   T(HCC, "Kết quả giải quyết thủ tục hành chính, hồ sơ trễ hạn", None, "monthly"),
   T(VH, "Kết quả thực hiện chính sách an sinh xã hội", None, "quarterly"),
   T("Ban Chỉ huy Quân sự phường", "Công tác quốc phòng, dân quân tự vệ", None, "quarterly"),
   T(VH, "Kết quả thực hiện Chương trình mục tiêu quốc gia", "2027-06-10", "periodic", deadline_any=["2027-06-10", "2027-12-05"]),
   T(ALL, "Tổng kết công tác năm 2027, phương hướng năm 2028", "2027-12-05", "yearly", recurrence_any=["yearly", None]),
   T(KT, "Tình hình mưa lũ, thiệt hại (trong mùa mưa bão)", None, "periodic"),
   T("Công an phường", "Vụ việc đột xuất về an ninh trật tự, cháy nổ"),
   T(ALL, "Thủ trưởng các phòng, đơn vị chịu trách nhiệm về nội dung, số liệu báo cáo", optional=True),
   T(VP, "Văn phòng HĐND và UBND phường tổng hợp báo cáo tuần trình Chủ tịch UBND phường", None, "weekly"),
   T(VP, "Văn phòng HĐND và UBND phường xây dựng biểu mẫu báo cáo thống nhất", "2027-01-25")])
