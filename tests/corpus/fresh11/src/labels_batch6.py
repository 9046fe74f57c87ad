# Gold files of the sixth fresh11 batch (1216-1218; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
W("1216_son_cao_cong_dien_khan_dich_ta_lon.txt",
  {"kind": "cong_dien", "symbol": "CĐ-UBND", "number": "04", "meeting_on": None, "chaired_by": None, "signed_by": None},
  "fresh11 (blind). Rewritten from a site's `Bạn cần biết` page carrying a provincial URGENT CÔNG ĐIỆN (2019, dated March 2025 here): "
  "the intro names the number and date (no place-and-date line: place and issued_on left out; no signer); the situation with dates and "
  "counts (noise); a lead-in naming the addressee once (`Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện, thành phố … một số nhiệm "
  "vụ:`) over subject-less items `1.`–`3.` (the addressee leads): `trước 17 giờ ngày 14/3/2025`, `trong vòng 24 giờ kể từ khi phát "
  "hiện` (not a deadline), `trước 15 giờ hằng ngày`; (added) `Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp …`; "
  "related links (noise).",
  [T("Chủ tịch UBND các huyện, thành phố", "Thành lập các chốt kiểm dịch động vật tạm thời tại các trục giao thông vào vùng dịch",
     "2025-03-14"),
   T("Chủ tịch UBND các huyện, thành phố", "Tổ chức tiêu hủy toàn bộ lợn mắc bệnh, lợn nghi mắc bệnh"),
   T("Chủ tịch UBND các huyện, thành phố", "Tổng hợp tình hình dịch bệnh, báo cáo UBND tỉnh (qua Sở Nông nghiệp và Phát triển nông thôn)",
     None, "periodic"),
   T("Sở Nông nghiệp và Phát triển nông thôn", "Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Công an tỉnh kiểm soát chặt",
     coop=["Công an tỉnh"])])
W("1217_hai_van_tin_thanh_uy_cong_van_pccc_khu_dan_cu.pdf", NEWS(None, None),
  "fresh11 (blind). Rewritten from a city portal's `Chính quyền` list page summarising a city party standing committee's công văn "
  "(2019, dated May 2025 here, before the district level ended; .pdf from the text): one request to party and Front bodies led by "
  "`Ban cán sự đảng UBND thành phố` (the first named leads, the others cooperate); (added) `Trong đó, Ban cán sự đảng UBND thành phố "
  "lãnh đạo UBND thành phố chỉ đạo Công an thành phố … trong tháng 6-2025` (a chain: the addressee leads; dashed month), `Các Quận ủy, "
  "Huyện ủy báo cáo … trước ngày 25-6-2025` (a plural party body as written); the Chỉ thị's date (referenced); other headlines (noise).",
  [T("Ban cán sự đảng UBND thành phố", "yêu cầu Ban cán sự đảng UBND thành phố, Ban Tuyên giáo và Dân vận Thành ủy",
     coop=["Ban Tuyên giáo và Dân vận Thành ủy", "Ủy ban MTTQ Việt Nam thành phố", "Các Quận ủy, Huyện ủy"]),
   T("Ban cán sự đảng UBND thành phố", "Ban cán sự đảng UBND thành phố lãnh đạo UBND thành phố chỉ đạo Công an thành phố tổng kiểm tra",
     "2025-06-30"),
   T("Các Quận ủy, Huyện ủy", "Các Quận ủy, Huyện ủy báo cáo kết quả thực hiện về Ban Thường vụ Thành ủy (qua Văn phòng Thành ủy)", "2025-06-25")])
W("1218_lao_son_so_xay_dung_dang_lai_chi_thi_atgt_tet.txt",
  {"kind": "chi_thi", "symbol": "CT-UBND", "number": "03", "meeting_on": None, "chaired_by": None, "signed_by": None},
  "fresh11 (blind). Rewritten from a provincial department's repost of a provincial chỉ thị (2019, dated January 2026 here): the "
  "department's name and section; the chỉ thị's number and date in the title (no place-and-date line: place and issued_on left out; "
  "no signer); last year's accident figures (noise); `Chủ tịch UBND tỉnh yêu cầu một số nội dung như sau:` then (added; the source "
  "points to an attachment) three bullets each with its own subject: `… hoàn thành trước ngày 10/02/2026`, a window `từ ngày 01/02/2026 "
  "đến hết ngày 03/3/2026` (its end, null defensible), `trước ngày 15 hằng tháng`; the attachment line.",
  [T("Sở Xây dựng", "Sở Xây dựng chủ trì, phối hợp với Công an tỉnh rà soát, khắc phục các \"điểm đen\"", "2026-02-10",
     coop=["Công an tỉnh"]),
   T("Công an tỉnh", "Công an tỉnh tổ chức cao điểm tuần tra, kiểm soát, xử lý vi phạm về nồng độ cồn", "2026-03-03",
     deadline_any=["2026-03-03", None]),
   T("UBND các xã, phường", "UBND các xã, phường chỉ đạo các thôn, tổ dân phố tuyên truyền đến từng hộ gia đình", None, "monthly")])
