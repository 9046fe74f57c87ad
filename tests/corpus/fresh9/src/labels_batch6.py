# Gold files of the sixth fresh9 batch (1014-1015; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("1014_da_giang_tin_chi_thi_phong_chong_thien_tai.md", NEWS(None, None),
  "fresh9 (blind). Rewritten from a real text (markdown): a city portal's summary of the chairman's CHỈ THỊ on disaster prevention (Apr "
  "2024): breadcrumb links, italic date, bold lead naming the chỉ thị and its date, an image; `giao các sở, ban, ngành, UBND các quận, "
  "huyện …` (all units with the districts) `trước ngày 15-5-2024`, then a subject-less `Tiếp tục kiện toàn …` (optional); a body with its "
  "standing role in a parenthesis (`Sở Nông nghiệp và PTNT (cơ quan thường trực …)`); `trước mùa mưa bão` (null) beside `trong quý "
  "III-2024` in one task; `Sở Thông tin và Truyền thông chỉ đạo các cơ quan báo chí …` (the Sở leads); tags. Every document field null.",
  [T(ALL, "giao các sở, ban, ngành, UBND các quận, huyện theo chức năng, nhiệm vụ tổ chức tổng kết", "2024-05-15",
     coop=["UBND các quận, huyện"]),
   T(ALL, "Tiếp tục kiện toàn Ban Chỉ huy Phòng, chống thiên tai, tìm kiếm cứu nạn và Phòng thủ dân sự các cấp", optional=True),
   T(ALL, "Các sở, ban, ngành, UBND các quận, huyện chủ động lồng ghép kế hoạch phòng, chống thiên tai", coop=["UBND các quận, huyện"]),
   T("Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và PTNT (cơ quan thường trực Ban Chỉ huy PCTT, TKCN và PTDS thành phố) chủ trì, phối hợp với Bộ Chỉ huy Quân sự thành phố rà soát, cập nhật phương án",
     "2024-05-31", coop=["Bộ Chỉ huy Quân sự thành phố"]),
   T("UBND các quận, huyện", "UBND các quận, huyện hoàn thành việc kiểm tra, gia cố các công trình", "2024-09-30",
     deadline_any=["2024-09-30", None]),
   T("Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông chỉ đạo các cơ quan báo chí, hệ thống thông tin cơ sở")])
W("1015_tay_do_tin_so_gtcc_nguyen_vong_cu_tri.md", NEWS(None, None),
  "fresh9 (blind). Rewritten from a real text (markdown): a city paper's brief on a transport department's rules for tracking voters' "
  "petitions (Jun 2024): section label, `(NLĐ) -` stamp; a start month (not a deadline); day WINDOWS of every month (`định kỳ từ ngày 1 "
  "đến ngày 5 hằng tháng`, `từ ngày 5 đến ngày 10 hằng tháng`) → monthly; `các đơn vị và phòng ban được phân công` (all units); "
  "`chậm nhất ngày 15 hằng tháng`; `mỗi quý một lần` (quarterly); a one-off backlog task `trước ngày 30-6-2024`; byline in italics. "
  "Every document field null.",
  [T(ALL, "các đơn vị và phòng ban được phân công phải cập nhật kết quả giải quyết nguyện vọng cử tri của tháng trước lên mạng", None, "monthly"),
   T("Phòng Kế hoạch - Đầu tư", "Phòng Kế hoạch - Đầu tư kiểm tra, xác nhận kết quả giải quyết", None, "monthly"),
   T("Văn phòng Sở Giao thông Công chánh", "Văn phòng Sở công khai danh mục nguyện vọng đã giải quyết", None, "monthly"),
   T("Thanh tra Sở Giao thông Công chánh", "Thanh tra Sở kiểm tra ngẫu nhiên việc cập nhật của các đơn vị", None, "quarterly"),
   T("Phòng Kế hoạch - Đầu tư", "Phòng Kế hoạch - Đầu tư phải hoàn thành việc nhập 214 nguyện vọng cử tri", "2024-06-30")])
