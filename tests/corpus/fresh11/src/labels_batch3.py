# Gold files of the third fresh11 batch (1207-1209; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("1207_quang_dien_tin_phien_hop_ubnd_tinh_thang2.txt", NEWS("2026-03-02", "Võ Thanh Bình"),
  "fresh11 (blind). Rewritten from a provincial paper's report of the monthly provincial session (2020, dated March 2026 here): "
  "the ` date 2026-03` line, the meeting `vào chiều qua 2.3` (a dotted date), figures (noise); the party secretary's `yêu cầu các "
  "sở, ngành, địa phương …` (all units); the chairman's urgent priorities with no addressee (optional, null); (added) `giao Sở Công "
  "Thương chủ trì, phối hợp … trước ngày 15.3` (dotted, no year) and `Thuế tỉnh … trong quý II` (no year: 2026); a byline.",
  [T(ALL, "yêu cầu các sở, ngành, địa phương tạo điều kiện đưa các dự án đã hoàn thành thủ tục sớm đi vào hoạt động"),
   T(None, "nhiệm vụ cấp bách hiện nay là tập trung tháo gỡ vướng mắc về mặt bằng", optional=True),
   T("Sở Công Thương", "giao Sở Công Thương chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh tổng hợp kiến nghị", "2026-03-15",
     coop=["Hiệp hội Doanh nghiệp tỉnh"]),
   T("Thuế tỉnh", "Thuế tỉnh khẩn trương xây dựng đề án chống thất thu thuế", "2026-06-30")])
W("1208_sai_gon_so_nnmt_lay_y_kien_du_thao.md", NEWS(None, None),
  "fresh11 (blind). Rewritten from a city department's portal notice asking for comments on a draft (2022, dated November 2026 "
  "here; markdown): breadcrumb, title, posting date; the assignment from the city that the department is carrying out (context); "
  "`Quý Cơ quan, đơn vị có ý kiến góp ý … trước 17h ngày 30 tháng 11 năm 2026` (all units); (added) `Riêng Ủy ban nhân dân các "
  "phường, xã có kênh rạch đi qua, đề nghị …`, `Phòng Quản lý tài nguyên nước (đơn vị đầu mối) …` (the body with its role in a "
  "parenthesis); attachment line. A portal notice without number or signer: every field null.",
  [T(ALL, "Quý Cơ quan, đơn vị có ý kiến góp ý xin vui lòng gửi về Thư điện tử", "2026-11-30"),
   T("Ủy ban nhân dân các phường, xã có kênh rạch đi qua", "đề nghị gửi kèm số liệu các điểm xả thải chưa được xử lý trên địa bàn",
     "2026-11-25"),
   T("Phòng Quản lý tài nguyên nước", "Phòng Quản lý tài nguyên nước (đơn vị đầu mối) tổng hợp ý kiến, hoàn chỉnh dự thảo", "2026-12-10")])
W("1209_yen_son_tin_phien_hop_ubnd_huyen_thang5.txt", NEWS("2025-05-20", "Hà Minh Chiến"),
  "fresh11 (blind). Rewritten from a district portal's news of a monthly UBND session (2020, dated May 2025 here): bullet lines "
  "`Cập nhật:` (gives the year) and `Lượt xem:`; the drafts presented by `văn phòng HĐND&UBND` (lower case), then `yêu cầu cơ quan "
  "xây dựng báo cáo tiếp thu …` (the drafting body, named by its role: the Văn phòng HĐND và UBND huyện) `trước ngày 26/5` (no year); "
  "(added) `Giao Phòng Tài chính - Kế hoạch phối hợp … trong tháng 6/2025`, `yêu cầu Chủ tịch UBND các xã, thị trấn chỉ đạo … trước "
  "ngày 15/6`.",
  [T("Văn phòng HĐND và UBND huyện", "yêu cầu cơ quan xây dựng báo cáo tiếp thu các ý kiến tại Hội nghị", "2025-05-26"),
   T("Phòng Tài chính - Kế hoạch", "Giao Phòng Tài chính - Kế hoạch phối hợp với Chi cục Thuế khu vực rà soát các khoản thu", "2025-06-30",
     coop=["Chi cục Thuế khu vực"]),
   T("Chủ tịch UBND các xã, thị trấn", "yêu cầu Chủ tịch UBND các xã, thị trấn chỉ đạo hoàn thành việc kiểm kê tài sản", "2025-06-15")])
