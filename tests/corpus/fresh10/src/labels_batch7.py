# Gold files of the seventh fresh10 batch (1119-1120; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
W("1119_meo_son_trang_luu_kiem_tra_hdnd_cac_xa.txt", NEWS(None, "Vàng Mí Chứ"),
  "fresh10 (blind). Rewritten from a provincial council site's `savefile` page on a district council's check of commune councils "
  "(2018 there, May 2025 here, before the reform): the plan's number and date (a referenced document), `vừa qua` (no date: "
  "meeting_on null), `làm trưởng đoàn` (chair); `Đoàn kiểm tra đề nghị … Thường trực HĐND các xã, thị trấn tiếp tục điều hòa, "
  "phối hợp với …` (plural council committees lead); `đề nghị các xã tiếp tục tập trung kiểm tra …` (a general call: optional); "
  "(added) `Riêng đối với xã Lũng Sán, đề nghị Thường trực HĐND xã … trước ngày 10/6/2025`, `Giao Văn phòng HĐND và UBND huyện "
  "… trong tháng 6/2025`; author, source, keywords, newer/older links.",
  [T("Thường trực HĐND các xã, thị trấn", "Thường trực HĐND các xã, thị trấn tiếp tục điều hòa, phối hợp",
     coop=["Các Ban HĐND các xã, thị trấn", "Ủy ban MTTQ Việt Nam các xã, thị trấn"]),
   T("UBND các xã, thị trấn", "đề nghị các xã tiếp tục tập trung kiểm tra, giám sát, khảo sát việc thực hiện", optional=True),
   T("Thường trực HĐND xã Lũng Sán", "đề nghị Thường trực HĐND xã bổ sung đầy đủ hồ sơ các kỳ họp năm 2024", "2025-06-10"),
   T("Văn phòng HĐND và UBND huyện", "Giao Văn phòng HĐND và UBND huyện tổng hợp kết quả kiểm tra", "2025-06-30")])
W("1120_long_phu_du_thao_bao_cao_tiep_can_phap_luat.pdf",
  {"kind": "bao_cao", "symbol": "BC-UBND", "number": None, "place": "Long Phú", "issued_on": None,
   "meeting_on": None, "chaired_by": None, "signed_by": None},
  "fresh10 (blind). Rewritten from a ward portal's post of a DRAFT REPORT (`DỰ THẢO BÁO CÁO`, Jan 2024 there, Jan 2027 here) "
  "(.pdf from the text filter, lines wrapped as printed): welcome line, a headline `THÔNG BÁO Dự thảo …`, `Đăng lúc:` stamp, zoom, "
  "an image file name with a typo, the header split over lines, blank number and day (`Số:      /BC-UBND`, `ngày       tháng 01 "
  "năm 2027`: issued_on null); results naming the office in the past tense (noise); (added) `II. PHƯƠNG HƯỚNG, NHIỆM VỤ` with "
  "three numbered items each wrapping: `trong quý I/2027`, `vào ngày 09 hằng tháng`, `trước ngày 20 của tháng cuối quý` "
  "(quarterly); a recommendation to the department (optional); an unsigned draft (signed_by null).",
  [T("Văn phòng HĐND và UBND phường", "Văn phòng HĐND và UBND phường tham mưu kiện toàn Hội đồng phối hợp", "2027-03-31"),
   T("Ban điều hành các tổ dân phố", "Ban điều hành các tổ dân phố duy trì sinh hoạt Ngày pháp luật tại", None, "monthly"),
   T("Các tổ hòa giải ở cơ sở", "Các tổ hòa giải ở cơ sở báo cáo kết quả hòa giải về Văn phòng HĐND", None, "quarterly"),
   T("Sở Tư pháp", "Đề nghị Sở Tư pháp thẩm định, trình Chủ tịch UBND tỉnh công nhận phường", optional=True)])
