# Gold files of the third fresh6 batch (707-709; labelled by hand before any parser run; session 25).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
VP = "Văn phòng HĐND và UBND xã"
W("707_xuan_phong_ke_hoach_pctt_phu_luc.docx",
  {"kind": "ke_hoach", "symbol": "KH-UBND", "number": "41", "place": "Xuân Phong", "issued_on": "2026-05-12",
   "meeting_on": None, "chaired_by": None, "signed_by": "Hoàng Văn Dũng"},
  "fresh6 (blind). Rewritten from a commune portal's copy of its disaster-prevention plan (May 2025, dated 2026 here): header "
  "table; Căn cứ lines with dates (noise); `A. MỤC ĐÍCH, YÊU CẦU` items numbered like tasks and `B. ĐẶC ĐIỂM TÌNH HÌNH` figures "
  "(noise); `C. TỔ CHỨC THỰC HIỆN` items with their own subjects; then, after the signature, an APPENDIX Word table (TT / Nội "
  "dung / Đơn vị chủ trì / Đơn vị phối hợp / Thời gian hoàn thành) with group rows by phase (noise), abbreviations in the unit "
  "cells (`VP HĐND-UBND xã`, `BCHQS xã`, `CA xã`, `TT DVSNC xã`); `Trước 20/5/2026`, `Tháng 5 - 6/2026`, `Hằng tuần trong mùa "
  "mưa bão`, and time cells that are not dates (`Khi có lệnh`, `Trong vòng 03 ngày sau khi thiên tai kết thúc`, `Sau khi nước rút`).",
  [T(VP, "Văn phòng HĐND và UBND xã (cơ quan thường trực của Ban Chỉ huy) theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch", "2026-07-10"),
   T("Các thành viên Ban Chỉ huy Phòng chống thiên tai, Tìm kiếm cứu nạn và Phòng thủ dân sự xã",
     "Các thành viên Ban Chỉ huy, các đơn vị được giao tại Phụ lục căn cứ nhiệm vụ được phân công xây dựng phương án cụ thể", "2026-05-25",
     coop=[ALL]),
   T("Ủy ban MTTQ Việt Nam xã", "Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể vận động Nhân dân chủ động gia cố", coop=["Các đoàn thể xã"]),
   T(VP, "Kiện toàn Ban Chỉ huy, phân công thành viên phụ trách từng thôn", "2026-05-20", coop=["Các thành viên Ban Chỉ huy"]),
   T("Trưởng các thôn", "Rà soát, cập nhật phương án sơ tán dân vùng trũng, ven sông", "2026-05-31",
     coop=["Ban Chỉ huy Quân sự xã", "Công an xã"]),
   T("Phòng Kinh tế", "Kiểm tra, tu bổ đê bao, kênh mương, cống tiêu úng", "2026-06-30", coop=["Các HTX dịch vụ nông nghiệp"]),
   T("Ban Chỉ huy Quân sự xã", "Chuẩn bị vật tư, phương tiện cứu hộ theo phương châm", "2026-06-15", coop=["Các thôn"]),
   T("Trung tâm Dịch vụ sự nghiệp công xã", "Phát tin tuyên truyền kỹ năng phòng tránh thiên tai trên Đài truyền thanh xã", None, "weekly",
     coop=["Trưởng các thôn"]),
   T(VP, "Trực ban 24/24 giờ, theo dõi sát diễn biến thiên tai", coop=["Các thành viên Ban Chỉ huy"]),
   T("Công an xã", "Tổ chức sơ tán dân, bảo đảm an ninh trật tự nơi sơ tán", coop=["Ban Chỉ huy Quân sự xã", "Trưởng các thôn"]),
   T("Phòng Kinh tế", "Thống kê thiệt hại, đề xuất hỗ trợ khắc phục hậu quả", coop=["Trưởng các thôn"]),
   T("Trạm Y tế xã", "Vệ sinh môi trường, phun khử khuẩn khu vực ngập", coop=["Đoàn Thanh niên xã"])])
W("708_binh_hung_tin_cong_van_chay_rung.txt", NEWS(None, None),
  "fresh6 (blind). Rewritten from a provincial portal's summary of the chairman's công văn on forest fires (July 2019; July 2024 "
  "here): an `Cập nhật:` time stamp; a lead sentence citing two documents with their dates and the công văn's own date (not a "
  "meeting, not a deadline); numbered items copied from the công văn: `Các địa phương, đơn vị liên quan …` (all units) with "
  "three `;` clauses; a department `chủ trì … báo cáo … trước ngày 26/7/2024`; `Công an tỉnh chỉ đạo Công an các huyện …`; `Ủy ban "
  "nhân dân các huyện, thị xã, thành phố có rừng chỉ đạo … hoàn thành trong tháng 7/2024`; `hằng ngày`; the site's address. A "
  "portal summary: every document field null.",
  [T(ALL, "Các địa phương, đơn vị liên quan tiếp tục thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ"),
   T("Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các đơn vị liên quan khẩn trương điều tra",
     "2024-07-26"),
   T("Công an tỉnh", "Công an tỉnh chỉ đạo Công an các huyện, thị xã, thành phố phối hợp với lực lượng kiểm lâm"),
   T("UBND các huyện, thị xã, thành phố có rừng", "Ủy ban nhân dân các huyện, thị xã, thành phố có rừng chỉ đạo Ủy ban nhân dân các xã tổ chức",
     "2024-07-31"),
   T("Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông phối hợp với Đài Phát thanh và Truyền hình tỉnh đưa tin cảnh báo", None, "periodic",
     coop=["Đài Phát thanh và Truyền hình tỉnh"], recurrence_any=["periodic", None])])
TH = "Cấp ủy, chính quyền các thôn"
W("709_hai_dong_thong_bao_bao_so_7.txt",
  {"kind": "thong_bao", "symbol": None, "number": None, "place": None, "issued_on": None,
   "meeting_on": None, "chaired_by": None, "signed_by": None},
  "fresh6 (blind). Rewritten from a commune notice on a storm reposted on a village blog (2011; a commune of 2026 here): no "
  "number, date or signer; `Căn cứ` bullets padded with spaces; bullets whose unit is closed by a SEMICOLON and the task starts "
  "with a capital (`Cấp ủy, Chính quyền các thôn; Kịp thời …`, `Đài truyền thanh xã; Phát bản tin …`); subject-less bullets "
  "after the first (optional, the same unit); three bodies as one subject with a second sentence; `X, Y: …`; `03 lần/ngày`; a "
  "directive to traders and residents (optional, no unit, as directives to households); an information line and the blog's `In` / `No comments:` (noise).",
  [T(TH, "Cấp ủy, Chính quyền các thôn; Kịp thời kiểm tra và thông báo cho các tàu thuyền"),
   T(TH, "Kiểm tra, nhắc nhở các hộ dân ở nơi xung yếu chống, néo nhà cửa", optional=True),
   T(TH, "Có kế hoạch di dời dân ở vùng dễ bị sạt lở", optional=True),
   T("Các trường học", "Các Trường học, Trạm y tế, Ban quản lý chợ cần có kế hoạch phòng chống lũ lụt",
     coop=["Trạm Y tế xã", "Ban Quản lý chợ"]),
   T("Đài truyền thanh xã", "Đài truyền thanh xã; Phát bản tin về diễn biến của bão 03 lần/ngày", None, "periodic"),
   T("Công an xã", "Công an xã, Ban Chỉ huy Quân sự xã: Sẵn sàng lực lượng, phương tiện ứng cứu khi có yêu cầu",
     coop=["Ban Chỉ huy Quân sự xã"]),
   T(None, "Các hộ kinh doanh buôn bán ở chợ và bà con nhân dân chủ động phương án bảo vệ tài sản",
     optional=True)])
