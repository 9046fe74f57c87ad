# Gold files of the second fresh10 batch (1104-1106; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
MT = "Ủy ban MTTQ Việt Nam xã"
W("1104_son_dong_tay_tin_phat_dong_tong_ve_sinh_quoc_khanh.md", NEWS(None, None),
  "fresh10 (blind). Rewritten from a commune portal's item (after the 2025 reform) on the UBND's call for a clean-up before "
  "National Day (Aug 2025 there, Aug 2026 here) (markdown): breadcrumb links, `###` title, a time stamp, bold standfirst, an "
  "image; `UBND xã yêu cầu toàn thể cán bộ, …, các cơ quan, đơn vị … và toàn thể Nhân dân … ra quân … vào sáng Chủ nhật ngày "
  "30/8/2026` (an exhortation to all: optional) and a call to households (optional, no unit); bold unit headings `**Unit:** "
  "Chủ trì …` with a FOLLOWING line with no subject that is the same unit's second task (as in the source); `Phòng Kinh tế xã` "
  "and plural role holders (added), `vào sáng Chủ nhật cuối cùng hằng tháng`; author line, related links. A launch-day news "
  "item: meeting_on left out.",
  [T(ALL, "yêu cầu toàn thể cán bộ, đảng viên, công chức, viên chức, đoàn viên, hội viên", "2026-08-30",
     deadline_any=[None], optional=True),
   T(None, "Mỗi hộ gia đình, mỗi người dân tự giác thu gom, xử lý rác thải sinh hoạt", optional=True),
   T(MT, "Chủ trì, phối hợp với các đơn vị liên quan tuyên truyền, vận động Nhân dân tích cực hưởng ứng"),
   T(MT, "Huy động và phân công các tổ chức thành viên làm lực lượng nòng cốt"),
   T("Phòng Kinh tế xã", "Chủ trì kiểm tra, đôn đốc việc thu gom rác tại các điểm tập kết", "2026-09-05"),
   T("Trưởng các thôn", "Duy trì tổng vệ sinh tại khu dân cư vào sáng Chủ nhật cuối cùng hằng tháng", None, "monthly",
     coop=["Tổ trưởng các tổ dân phố"])])
W("1105_ea_rong_tin_chu_tich_huyen_an_ninh_le_30_4.txt", NEWS(None, None),
  "fresh10 (blind). Rewritten from a district portal's brief of the chairman's CÔNG VĂN on security over a holiday (Aug 2023 there, "
  "Apr 2025 here, before the reform): no blank lines, the headline as the first line; the công văn's number and date, the "
  "anniversary `(30/4/1975 - 30/4/2025)` (not deadlines); `đề nghị các cơ quan, đơn vị, địa phương …` (all units) with a "
  "subject-less `Đồng thời …` sentence (optional, all units); (added) `Giao Công an huyện chủ trì, phối hợp … trong thời gian từ "
  "ngày 29/4/2025 đến hết ngày 04/5/2025` (a window: its end, null defensible) and `Phòng Văn hóa và Thông tin huyện … trước ngày "
  "28/4/2025`; `giao các cơ quan, đơn vị trực thuộc UBND huyện; UBND các xã, thị trấn phân công …` (all units lead, the communes "
  "cooperate); the `Kịp thời báo cáo` line (noise); an author line.",
  [T(ALL, "đề nghị các cơ quan, đơn vị, địa phương chủ động xây dựng kế hoạch, triển khai các biện pháp"),
   T(ALL, "Đồng thời thực hiện tốt công tác vệ sinh môi trường, cổ động trực quan", optional=True),
   T("Công an huyện", "Giao Công an huyện chủ trì, phối hợp với Ban Chỉ huy Quân sự huyện tổ chức tuần tra", "2025-05-04",
     coop=["Ban Chỉ huy Quân sự huyện"], deadline_any=[None]),
   T("Phòng Văn hóa và Thông tin huyện", "Phòng Văn hóa và Thông tin huyện kiểm tra các cơ sở kinh doanh karaoke", "2025-04-28"),
   T(ALL, "giao các cơ quan, đơn vị trực thuộc UBND huyện; UBND các xã, thị trấn phân công lãnh đạo",
     coop=["UBND các xã, thị trấn"])])
XA = "UBND các xã, thị trấn"
W("1106_my_thanh_tin_treo_co_ve_sinh_don_doan_tham_dinh.txt", NEWS(None, None),
  "fresh10 (blind). Rewritten from a district portal's item on flags and a clean-up before an appraisal team's visit (Jul 2020 "
  "there, Apr 2025 here, before the reform): portlet words `Xuất bản thông tin`, `null <headline>`, `Chi tiết bài viết Tin tức`, "
  "the headline twice; `UBND huyện yêu cầu các cơ quan, đơn vị và nhà người dân …` (all units); the flag period `từ ngày 10 … "
  "đến hết ngày 14 tháng 4 năm 2025` for buildings (a rule with no unit: noise, not a deadline); `UBND các xã, thị trấn … "
  "hoàn thành trước 14 giờ, ngày 10/4/2025` then a subject-less `Đồng thời khẩn trương …` (optional, same unit); `các ban, "
  "ngành huyện và UBND các xã, thị trấn tiếp tục …` (all units lead); `Giao Phòng Văn hóa và Thông tin huyện … vào chiều ngày "
  "10/4/2025` (added); `Biên tập:`.",
  [T(ALL, "UBND huyện yêu cầu các cơ quan, đơn vị và nhà người dân trên địa bàn huyện thực hiện treo cờ"),
   T(XA, "UBND các xã, thị trấn đôn đốc và hướng dẫn Nhân dân treo cờ Tổ quốc", "2025-04-10"),
   T(XA, "Đồng thời khẩn trương tổng vệ sinh môi trường trên các tuyến", None,
     deadline_any=[None, "2025-04-10"], optional=True),
   T(ALL, "các ban, ngành huyện và UBND các xã, thị trấn tiếp tục thực hiện tổng vệ sinh", coop=[XA]),
   T("Phòng Văn hóa và Thông tin huyện", "Giao Phòng Văn hóa và Thông tin huyện kiểm tra việc treo cờ trên các tuyến",
     "2025-04-10")])
