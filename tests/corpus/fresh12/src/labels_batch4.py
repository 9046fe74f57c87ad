# Gold files of the fourth fresh12 batch (1314-1320; labelled by hand before any parser run; session 28, corpus17).
from use_common import T, W, NEWS
W("1314_don_hoa_hdnd_huyen_giam_sat_chuyen_de_xa.txt", NEWS("2024-11-19", "Nông Thanh Hải"),
  "fresh12 (blind). Rewritten from a commune portal's news of the district HĐND's supervision of a commune (Nov 2024): an all-caps "
  "headline, a caption line, the assessment and its shortcomings (noise); a lead-in `đề nghị trong thời gian tới:` over items "
  "numbered with ORDINAL WORDS `Một là, … Hai là, …` (as `Thứ nhất, …`): `Thường trực HĐND xã … trước ngày 15/12/2024`, `các Ban "
  "HĐND xã … mỗi năm tổ chức ít nhất 01 cuộc …` (yearly), `UBND xã bố trí kinh phí … trong dự toán năm 2025 (not a deadline), trình "
  "HĐND xã tại kỳ họp cuối năm` (no date: null, the year's end defensible), every delegate (optional); the trưởng đoàn chairs.",
  [T("Thường trực HĐND xã", "Thường trực HĐND xã xây dựng chương trình giám sát năm 2025", "2024-12-15"),
   T("Các Ban HĐND xã", "các Ban HĐND xã chủ động lựa chọn nội dung, mỗi năm tổ chức ít nhất 01 cuộc giám sát chuyên đề", None, "yearly"),
   T("UBND xã", "UBND xã bố trí kinh phí bảo đảm hoạt động của HĐND", None, deadline_any=[None, "2024-12-31"]),
   T("Đại biểu HĐND xã", "mỗi đại biểu HĐND xã thường xuyên nghiên cứu văn bản", optional=True)])
W("1315_thanh_pho_chien_dich_tiem_vac_xin_soi.txt", NEWS(None, None),
  "fresh12 (blind). Rewritten from a news site's repost of a city's letter on a measles vaccination campaign (Sep 2024, districts "
  "before the reform): a standfirst with the same request as the body (`UBND thành phố chỉ đạo Sở Giáo dục và Đào tạo phối hợp …`: "
  "optional); one paragraph per addressee: `UBND thành phố giao Sở Y tế chủ trì, … trước ngày 30/9/2024.` followed by a sentence with "
  "no subject in the same paragraph (an optional split), `Sở Giáo dục và Đào tạo chỉ đạo các Phòng …` (the Sở leads) and an "
  "unnumbered paragraph continuing it (`Đồng thời lập danh sách …`: optional, the Sở's), `Sở Lao động - Thương binh và Xã hội chỉ đạo "
  "…`, `UBND các quận, huyện … vào thứ Năm hằng tuần cho đến khi kết thúc chiến dịch` (weekly; the campaign's printed end "
  "defensible); `Bài liên quan` lines.",
  [T("Sở Giáo dục và Đào tạo", "UBND thành phố chỉ đạo Sở Giáo dục và Đào tạo phối hợp Trung tâm y tế, Trạm y tế tổ chức tiêm chủng tại trường học",
     optional=True),
   T("Sở Y tế", "giao Sở Y tế chủ trì, tham mưu UBND thành phố tổ chức tiêm chủng bổ sung vắc xin sởi", "2024-09-30"),
   T("Sở Y tế", "Bố trí đủ nhân lực, trang thiết bị cho điểm tiêm", None, deadline_any=[None, "2024-09-30"], optional=True),
   T("Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo chỉ đạo các Phòng Giáo dục và Đào tạo, các trường mầm non, tiểu học tuyên truyền"),
   T("Sở Giáo dục và Đào tạo", "Đồng thời lập danh sách và điều tra tiền sử tiêm chủng của học sinh", optional=True),
   T("Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội chỉ đạo các cơ sở bảo trợ xã hội rà soát trẻ"),
   T("UBND các quận, huyện", "UBND các quận, huyện huy động các đoàn thể vận động người dân đưa trẻ đi tiêm", None, "weekly",
     deadline_any=[None, "2024-09-30"])])
W("1316_van_hai_trung_tam_y_te_dang_lai_cong_dien_soi.txt", NEWS(None, None),
  "fresh12 (blind). Rewritten from a special-zone health centre's repost of a news summary of a Prime Minister's công điện on measles "
  "(Mar 2025, dated Apr 2026 here): the standfirst restating the Bộ Y tế's request (optional, with its unit and date); the công "
  "điện's number and an older one's date (referenced: every document field null, a summary of a text, not the text); `Thủ tướng "
  "Chính phủ yêu cầu Bộ Y tế, các bộ, cơ quan, địa phương tiếp tục …` (the first named leads), `Bộ Y tế cung ứng … chậm nhất trong "
  "ngày 30/4/2026`, `Các tỉnh, thành phố trực thuộc Trung ương … trước ngày 10/5/2026` (provinces written without UBND), a line to "
  "the public (optional, null); `Nguồn:` and `Một số bài viết khác:` with all-caps titles of other posts (noise).",
  [T("Bộ Y tế", "Ngành y tế bảo đảm đủ vaccine phòng bệnh, cấp phát kịp thời cho các địa phương", "2026-04-30", optional=True),
   T("Bộ Y tế", "yêu cầu Bộ Y tế, các bộ, cơ quan, địa phương tiếp tục thực hiện nghiêm Công điện số 104/CĐ-TTg",
     coop=["Các bộ, cơ quan, địa phương"]),
   T("Bộ Y tế", "Bộ Y tế cung ứng đủ vaccine, cấp phát kịp thời cho các tỉnh, thành phố", "2026-04-30"),
   T("UBND các tỉnh, thành phố trực thuộc Trung ương", "Các tỉnh, thành phố trực thuộc Trung ương tổ chức chiến dịch tiêm vaccine phòng bệnh sởi",
     "2026-05-10"),
   T(None, "Người dân cần chủ động thực hiện các biện pháp phòng, chống bệnh sởi", optional=True)])
W("1317_suoi_lam_hdnd_huyen_khao_sat_hdnd_hai_xa.txt", NEWS(None, None),
  "fresh12 (blind). Rewritten from the national assembly portal's short repost on a district HĐND standing committee's survey of two "
  "communes' councils (2009, dated Sep 2024 here): a posting date line (not the survey's day, which is not printed: meeting_on null), "
  "the assessment; ONE sentence with two subjects joined by `;` (`đề nghị Thường trực HĐND xã tăng cường …; Ủy ban MTTQ Việt Nam xã "
  "giám sát …`) and `Riêng xã Phan Lợi, đề nghị UBND xã … trước ngày 30/9/2024`; the byline and a source line.",
  [T("Thường trực HĐND xã", "đề nghị Thường trực HĐND xã tăng cường giám sát việc thực hiện nghị quyết của HĐND cùng cấp"),
   T("Ủy ban MTTQ Việt Nam xã", "Ủy ban MTTQ Việt Nam xã giám sát hoạt động của đại biểu HĐND"),
   T("UBND xã Phan Lợi", "đề nghị UBND xã rà soát, điều chỉnh các khoản chi cho đúng định mức", "2024-09-30")])
W("1318_thang_long_xa_hop_truc_tuyen_ung_pho_bao.txt", NEWS("2025-08-24", "Lê Văn Thuận"),
  "fresh12 (blind). Rewritten from a new commune's portal page on a national online meeting on a storm (Aug 2025): the weekday-date "
  "line, the Prime Minister's meeting (information); the commune chairman chairs at the commune's point; (added) `giao nhiệm vụ cụ "
  "thể:` over four `-` items with their own subjects: `Ban Chỉ huy Quân sự xã … trước 17 giờ ngày 25/8/2025`, `Trưởng các thôn … "
  "trước 16 giờ hằng ngày` (periodic), `Trạm Y tế xã … trực 24/24 giờ` (no recurrence), `Phòng Kinh tế xã … trong vòng 48 giờ sau "
  "khi bão tan` (an undated event: null); a stray `Ban chỉ huy` line at the end.",
  [T("Ban Chỉ huy Quân sự xã", "Ban Chỉ huy Quân sự xã huy động dân quân sẵn sàng sơ tán người dân vùng trũng thấp", "2025-08-25"),
   T("Trưởng các thôn", "Trưởng các thôn kiểm tra, chằng chống nhà cửa, báo cáo số hộ cần sơ tán", None, "periodic"),
   T("Trạm Y tế xã", "Trạm Y tế xã chuẩn bị cơ số thuốc, hóa chất xử lý môi trường"),
   T("Phòng Kinh tế", "Phòng Kinh tế xã thống kê thiệt hại về nhà ở, cây trồng")])
W("1319_phu_hiep_chu_tich_thanh_pho_kiem_tra_trung_tam_hcc.txt", NEWS("2025-07-09", "Đỗ Minh Quang"),
  "fresh12 (blind). Rewritten from a national paper's news of a city chairman inspecting a new ward's public-service centre (Jul "
  "2025): ` date` line with a month only, `Chiều 9-7` (the inspection day, the year from the date line), captions with photo "
  "credits, the ward's area and figures; the ward's proposal to the city (optional: a recommendation to a higher level, its "
  "addressee leads); (added) the chairman's conclusion: `giao Sở Khoa học và Công nghệ … trước ngày 31/7/2025`, `Sở Nội vụ … trong "
  "tháng 8/2025`, `Văn phòng UBND thành phố … vào thứ Sáu hằng tuần`.",
  [T("UBND thành phố", "kiến nghị UBND thành phố sớm ban hành các quy trình nội bộ giải quyết thủ tục hành chính", optional=True),
   T("Sở Khoa học và Công nghệ", "giao Sở Khoa học và Công nghệ hoàn thiện việc kết nối phần mềm một cửa", "2025-07-31"),
   T("Sở Nội vụ", "Sở Nội vụ ban hành hướng dẫn thống nhất bộ nhận diện", "2025-08-31"),
   T("Văn phòng UBND thành phố", "Văn phòng UBND thành phố tổng hợp kiến nghị của các phường, xã", None, "weekly")])
W("1320_hoa_binh_doan_giam_sat_thuong_truc_hdnd_tinh.txt", NEWS("2026-04-21", "Lục Thị Minh Nguyệt"),
  "fresh12 (blind). Rewritten from a provincial paper's news of the provincial HĐND standing committee supervising a commune council "
  "(Apr 2026, a commune after the reform): an update stamp, a lead starting with `- Chiều 21-4`, the Trưởng đoàn (chairs), a guest, "
  "caption, findings (noise); (added) the conclusion: `đề nghị Thường trực HĐND xã … ban hành trước ngày 30-6-2026`, `UBND xã … "
  "trước ngày 15-7-2026` (dashed dates), `Đồng chí giao Ban Pháp chế HĐND tỉnh … định kỳ 6 tháng báo cáo …` (periodic).",
  [T("Thường trực HĐND xã", "đề nghị Thường trực HĐND xã xây dựng quy chế phối hợp với UBND, Ủy ban MTTQ Việt Nam xã", "2026-06-30"),
   T("UBND xã", "UBND xã báo cáo kết quả khắc phục các kiến nghị sau giám sát", "2026-07-15"),
   T("Ban Pháp chế HĐND tỉnh", "giao Ban Pháp chế HĐND tỉnh theo dõi việc thực hiện kết luận giám sát", None, "periodic")])
