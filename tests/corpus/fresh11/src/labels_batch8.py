# Gold file of 1221 (fresh11; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
W("1221_hoa_lac_ket_luan_phien_hop_thang7.txt",
  {"kind": "thong_bao", "symbol": "TB-VP", "number": "168", "place": "Hòa Lạc", "issued_on": "2026-07-06",
   "meeting_on": "2026-07-03", "chaired_by": "Lương Minh Đức", "signed_by": "Vũ Thị Kim Oanh"},
  "fresh11 (blind). Hand-written COMMON layout: the ward office's notice of the chairman's monthly conclusions, header columns side "
  "by side; `I. ĐÁNH GIÁ CHUNG` figures (noise); `II.` field headings over `-` items with the unit written every way: lower case with "
  "`&` (`phòng kinh tế, hạ tầng & đô thị`), AFTER the task (`– giao Đội TT ĐT phường chủ trì, CAP phối hợp`, `Nhiệm vụ này giao "
  "VP.HĐND-UBND (bộ phận …) thực hiện.`, `(Phòng Văn hóa - Xã hội thực hiện)`), before a colon (`Trạm Y tế phường:`, `Ban CHQS "
  "phường:`, `TTPVHCC:`), `P.VH-XH phối hợp Trạm YT …`, `Đề nghị UBMTTQ VN phường …`, `Các đ/c Tổ trưởng TDP …`; deadlines `trước "
  "20/7`, `trong tháng 7`, `trong tháng 8`, `trong quý III` (no year: 2026), a window `từ 10/7 đến 25/7/2026` (its end, null "
  "defensible), `trước ngày khai giảng … (05/9)`, `05 ngày làm việc kể từ ngày ký` (signed Monday 06/7 → 13/7; calendar 11/7 "
  "defensible), `tại phiên họp tháng 8 (dự kiến ngày 05/8/2026)`, a range `tháng 7 - 8/2026`; `định kỳ 2 tuần/lần` (periodic), "
  "`trước ngày 25 hằng tháng`, `chiều thứ Sáu hằng tuần`; the next meeting and the closing formula (noise).",
  [T("Phòng Kinh tế, Hạ tầng và Đô thị", "phòng kinh tế, hạ tầng & đô thị khẩn trương hoàn thiện hồ sơ đề xuất danh mục công trình", "2026-07-20"),
   T("Đội Quản lý trật tự đô thị phường", "Tập trung giải tỏa lấn chiếm vỉa hè, lòng đường trên tuyến Lê Duẩn", "2026-07-25",
     coop=["Công an phường"], deadline_any=["2026-07-25", None]),
   T("Văn phòng HĐND và UBND phường", "Rà soát các hộ kinh doanh chưa kê khai thuế, phối hợp với Thuế cơ sở lập danh sách", "2026-07-31"),
   T("Phòng Văn hóa - Xã hội", "P.VH-XH phối hợp Trạm YT phường tổ chức chiến dịch tiêm vắc xin sởi", "2026-08-31",
     coop=["Trạm Y tế phường"]),
   T("Phòng Văn hóa - Xã hội", "Rà soát, lập danh sách học sinh thuộc hộ nghèo, cận nghèo để hỗ trợ sách vở", "2026-09-05"),
   T("Trạm Y tế phường", "Trạm Y tế phường: tổ chức phun hóa chất diệt muỗi tại các ổ dịch sốt xuất huyết", None, "periodic"),
   T("Ban Chỉ huy Quân sự phường", "Ban CHQS phường: hoàn thành đăng ký nghĩa vụ quân sự cho công dân nam đủ 17 tuổi", "2026-09-30"),
   T("Công an phường", "CA phường chủ trì rà soát người nước ngoài tạm trú trên địa bàn", None, "monthly"),
   T("Trung tâm Phục vụ hành chính công", "TTPVHCC: niêm yết công khai bộ thủ tục hành chính mới được công bố", "2026-07-13",
     deadline_any=["2026-07-13", "2026-07-11"]),
   T("Văn phòng HĐND và UBND phường", "Văn phòng HĐND-UBND tổng hợp kết quả thực hiện các kết luận, báo cáo Chủ tịch UBND phường", "2026-08-05"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị UBMTTQ VN phường phối hợp với các đoàn thể vận động ủng hộ", "2026-08-31",
     coop=["Các đoàn thể phường"]),
   T("Tổ trưởng các tổ dân phố", "Các đ/c Tổ trưởng TDP cập nhật biến động dân cư, gửi Công an phường", None, "weekly")])
