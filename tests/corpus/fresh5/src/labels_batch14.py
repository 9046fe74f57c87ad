# Gold files of the fourteenth fresh5 batch (hand-written notices, labelled by hand before any parser run; session 25).
from labels_common import T, W, NEWS
W("625_kim_lien_phieu_giao_viec.docx",
  {"kind": "phieu_giao_viec", "symbol": "PGV-UBND", "number": "27", "place": "Kim Liên", "issued_on": "2026-10-12",
   "meeting_on": "2026-10-09", "chaired_by": "Đỗ Mạnh Cường", "signed_by": "Đỗ Mạnh Cường"},
  "fresh5 (blind). Hand-written (.docx from src/625_….txt): a TASK SLIP (PHIẾU GIAO VIỆC) in field blocks — `CÔNG VIỆC N` over "
  "`Đơn vị chủ trì:` (abbreviations), `Đơn vị phối hợp:` (one `(không)`), `Nội dung:`, `Thời hạn:`, `Hình thức báo cáo:` "
  "(noise); the unit comes BEFORE the text on its own line; header with no national motto and the place line under the number; "
  "`Thời hạn: Thứ Hai hằng tuần`, `Trong vòng 07 ngày kể từ ngày ký Phiếu này`, `Định kỳ hằng tháng, trước ngày 25`, `Quý IV/2026`; "
  "`trước mùa mưa rét năm 2026` inside a text (not the deadline); a closing note to every unit (optional).",
  [T("Phòng Kinh tế, Hạ tầng và Đô thị", "Lập danh sách các tuyến phố có vi phạm lấn chiếm vỉa hè", "2026-10-23",
     coop=["Đội Quản lý trật tự đô thị phường", "Công an phường"]),
   T("Trung tâm Phục vụ hành chính công", "Cập nhật số liệu hồ sơ trực tuyến toàn trình lên bảng theo dõi", None, "weekly"),
   T("Phòng Văn hóa - Xã hội", "Tổng hợp danh sách hộ có hoàn cảnh khó khăn cần hỗ trợ sửa chữa nhà ở", "2026-10-19",
     coop=["Hội Chữ thập đỏ phường", "Các tổ dân phố"]),
   T("Văn phòng HĐND và UBND phường", "Tổng hợp tình hình thực hiện các nhiệm vụ được giao, trình Chủ tịch", None, "monthly",
     coop=["Các phòng chuyên môn"]),
   T("Ban Chỉ huy Quân sự phường", "Rà soát, đăng ký nghĩa vụ quân sự cho công dân nam đủ 17 tuổi", "2026-12-31", coop=["Công an phường"]),
   T("Các phòng, ban, đơn vị", "Đơn vị nhận Phiếu cập nhật tiến độ trên phần mềm", optional=True)])
W("626_tuong_mai_thong_bao_dieu_chinh.txt",
  {"kind": "thong_bao", "symbol": "TB-VP", "number": "203", "place": "Tương Mai", "issued_on": "2026-08-28",
   "meeting_on": "2026-08-26", "chaired_by": "Nguyễn Hữu Phước", "signed_by": "Phan Thị Mỹ Linh"},
  "fresh5 (blind). Hand-written: an AMENDING notice (`Điều chỉnh, bổ sung … Thông báo số 188/TB-VP`): each change quotes the old "
  "wording (`Nội dung cũ: \"Giao …, hoàn thành trước ngày …\"`: noise, a task no longer in force) and gives the new one after "
  "`Nay điều chỉnh thành:` / `Nay điều chỉnh thời hạn thành:` on the same line (the task); a `BỔ SUNG` section continuing the "
  "numbering; a `BÃI BỎ` paragraph naming a unit (noise); `Các nội dung khác … giữ nguyên` (noise); `thực hiện từ ngày 05/9/2026 "
  "vào các ngày học trong tuần` (a start date; periodic, weekly defensible); `vào chiều thứ Năm hằng tuần`.",
  [T("Trung tâm Dịch vụ sự nghiệp công", "Giao Trung tâm Dịch vụ sự nghiệp công phối hợp các trường trên địa bàn chuẩn bị cơ sở vật chất", "2026-09-03",
     coop=["Các trường trên địa bàn"]),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế, Hạ tầng và Đô thị hoàn thành hồ sơ cải tạo vườn hoa Tương Mai, trình UBND phường", "2026-10-15"),
   T("Công an phường", "Công an phường chủ trì, phối hợp Đội Quản lý trật tự đô thị phường bảo đảm an ninh", None, "periodic",
     coop=["Đội Quản lý trật tự đô thị phường"], recurrence_any=["periodic", "weekly"]),
   T("Văn phòng HĐND và UBND phường", "Văn phòng HĐND và UBND phường theo dõi, tổng hợp tiến độ các nội dung đã điều chỉnh", None, "weekly")])
W("627_hoa_cuong_theo_doi_tien_do_bang.pdf",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "318", "place": "Hòa Cường", "issued_on": "2026-11-04",
   "meeting_on": "2026-11-02", "chaired_by": "Trương Công Định", "signed_by": "Ngô Thị Bích Thủy"},
  "fresh5 (blind). Hand-written (.pdf with a real table, from src/627_….html): a kết luận whose tasks sit in a TRACKING table "
  "`STT | Nhiệm vụ | Đơn vị thực hiện | Thời hạn | Tình trạng`; rows whose status is `Đã hoàn thành` are not tasks; "
  "`Đang thực hiện, gia hạn đến 20/11/2026` replaces the deadline cell; `Giao mới`, `Thường xuyên` statuses; abbreviations in the "
  "unit column (wrapped over two lines); cells wrapped by the PDF layout; `Quý IV/2026`, `Trước ngày 05 hằng tháng`, an event day "
  "(`Ngày hội`, null defensible); item 1 points to the table (noise); item 2 to all units, weekly.",
  [T("Các phòng, ban, đơn vị", "Yêu cầu Thủ trưởng các đơn vị cập nhật kết quả thực hiện lên phần mềm", None, "weekly"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Rà soát, cắm mốc ranh giới đất công", "2026-11-20"),
   T("Văn phòng HĐND và UBND phường", "Số hóa sổ hộ tịch giai đoạn 2016 - 2020", "2026-12-31"),
   T("Công an phường", "Kiểm tra an toàn PCCC cơ sở lưu trú", "2026-11-15"),
   T("Ủy ban MTTQ Việt Nam phường", "Tổ chức Ngày hội Đại đoàn kết ở 18 tổ", "2026-11-18", deadline_any=["2026-11-18", None]),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Báo cáo tình hình thu ngân sách", None, "monthly"),
   T("Văn phòng HĐND và UBND phường", "Chuẩn bị nội dung kỳ họp HĐND", "2026-12-05")])
W("628_vinh_tuy_giay_moi_phan_cong_chuan_bi.txt",
  {"kind": "giay_moi", "symbol": "GM-VP", "number": "96", "place": "Vĩnh Tuy", "issued_on": "2027-03-09",
   "meeting_on": "2027-03-19", "chaired_by": "Hoàng Văn Khải", "signed_by": "Đinh Thị Thu Phương"},
  "fresh5 (blind). Hand-written: an INVITATION (GIẤY MỜI) with Thời gian / Địa điểm / Chủ trì / Thành phần mời (units: noise) "
  "and a `Phân công chuẩn bị:` list lettered `a) … đ) e)` (the Vietnamese letter đ); deadlines counted from the meeting the "
  "invitation prints (`chậm nhất 03 ngày trước ngày tổ chức Hội nghị` → 16/3), `trước 12 giờ ngày …`, `trước 16 giờ 30 ngày …`; "
  "items with no deadline (the meeting day defensible); the closing `Đề nghị các đồng chí đến dự …` (noise). meeting_on/chaired_by: the meeting the invitation "
  "is for.",
  [T("Văn phòng HĐND và UBND phường", "Văn phòng HĐND và UBND phường dự thảo báo cáo sơ kết quý I, gửi xin ý kiến", "2027-03-13"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế, Hạ tầng và Đô thị báo cáo tiến độ các dự án đầu tư công", "2027-03-16"),
   T("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội chuẩn bị tham luận về công tác giảm nghèo bền vững", None, deadline_any=[None, "2027-03-19"]),
   T("Công an phường", "Công an phường chuẩn bị báo cáo chuyên đề về tình hình trật tự", None, deadline_any=[None, "2027-03-19"]),
   T("Trung tâm Dịch vụ sự nghiệp công", "Trung tâm Dịch vụ sự nghiệp công bố trí hội trường, âm thanh, ánh sáng", "2027-03-19"),
   T("Các phòng, ban, đơn vị", "Các đơn vị gửi đăng ký phát biểu về Văn phòng", "2027-03-16")])
W("629_yen_so_nghi_quyet_hdnd_nhiem_vu_2027.md",
  {"kind": "nghi_quyet", "symbol": "NQ-HĐND", "number": "24", "place": "Yên Sở", "issued_on": "2026-12-16",
   "meeting_on": "2026-12-16", "chaired_by": None, "signed_by": "Lương Thị Hồng Nhung"},
  "fresh5 (blind). Hand-written (markdown): an HĐND RESOLUTION (NGHỊ QUYẾT, `QUYẾT NGHỊ:`): Căn cứ / Xét lines in italics; "
  "`Điều 1` targets (Chỉ tiêu: noise); `Điều 2` tasks with no subject (optional, null: the unit is only named below, in Điều 3); "
  "`Điều 3. Tổ chức thực hiện` with `Giao X …` items: the UBND (and `Giao UBND phường chỉ đạo Phòng …`: the addressee leads), "
  "the HĐND's own bodies, `Đề nghị Ủy ban MTTQ …`; due `tại kỳ họp thường lệ giữa năm 2027` (null) and `tại kỳ họp tháng 6/2027` "
  "(null, the month's end defensible); `hằng quý`; the adoption line with an effective date (noise); meeting_on: the session "
  "that adopted it; no chair named.",
  [T(None, "Hoàn thành giải phóng mặt bằng dự án đường Vành đai 2,5", "2027-06-30", optional=True),
   T(None, "Nâng tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình", optional=True),
   T(None, "Giữ vững an ninh chính trị, trật tự an toàn xã hội; hoàn thành 100% chỉ tiêu giao quân", optional=True),
   T("UBND phường", "Giao Ủy ban nhân dân phường tổ chức thực hiện Nghị quyết; báo cáo kết quả"),
   T("UBND phường", "Giao Ủy ban nhân dân phường chỉ đạo Phòng Văn hóa - Xã hội rà soát, sắp xếp lại mạng lưới", None,
     deadline_any=[None, "2027-06-30"]),
   T("Thường trực HĐND phường", "Giao Thường trực HĐND, các Ban HĐND, các Tổ đại biểu và đại biểu HĐND phường giám sát việc thực hiện Nghị quyết",
     coop=["Các Ban HĐND phường", "Các Tổ đại biểu HĐND phường"]),
   T("Ban Pháp chế HĐND phường", "Giao Ban Pháp chế HĐND phường theo dõi việc giải quyết kiến nghị của cử tri", None, "quarterly"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội tuyên truyền",
     coop=["Các tổ chức chính trị - xã hội phường"])])
W("630_an_khanh_danh_sach_viec_tuan.md", NEWS(None, None),
  "fresh5 (blind). Hand-written (markdown): a weekly TO-DO LIST exported from a task-tracking tool: `- [ ]` open items are tasks, "
  "`- [x] ~~…~~` done items are not; the unit after `@` (abbreviations: `@P.KT-HT-ĐT`, `@Đội TTĐT`, `@TT DVSNC`, `@CA phường`, "
  "`@VP`, `@P.VH-XH`) and a partner `(phối hợp: @X)`; `hạn: 09/10` without a year (the list's year, from `tuần 41/2026` and the "
  "export date); `lặp lại: thứ Tư hằng tuần`; `định kỳ: hằng năm`; `hạn: trong tuần 42` (null); a nested sub-item with its own "
  "unit (a task of its own); the export line and the counter (noise). Not an administrative document: every document field null.",
  [T("Phòng Kinh tế, Hạ tầng và Đô thị", "Hoàn thiện hồ sơ đề nghị công nhận phường đạt chuẩn đô thị văn minh", "2026-10-09"),
   T("Đội Quản lý trật tự đô thị phường", "Kiểm tra, xử lý điểm tập kết rác tự phát tại ngõ 12", "2026-10-07",
     coop=["Trung tâm Dịch vụ sự nghiệp công"]),
   T("Công an phường", "Cập nhật dữ liệu dân cư đã xác thực lên hệ thống", None, "weekly"),
   T("Đoàn Thanh niên phường", "Chuẩn bị Hội nghị đối thoại giữa Chủ tịch UBND phường với thanh niên", "2026-10-20"),
   T("Văn phòng HĐND và UBND phường", "Phát hành giấy mời đại biểu dự Hội nghị đối thoại", "2026-10-15"),
   T("Văn phòng HĐND và UBND phường", "Tổng hợp ý kiến, kiến nghị cử tri trước kỳ họp HĐND cuối năm"),
   T("Phòng Văn hóa - Xã hội", "Rà soát hộ nghèo, hộ cận nghèo theo chuẩn mới", "2026-10-31", "yearly")])
