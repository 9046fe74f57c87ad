# Gold files of the first fresh7 batch (801-803; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
VP = "Văn phòng HĐND và UBND phường"
VH = "Phòng Văn hóa - Xã hội"
W("801_hoa_lam_tin_bcd_hoi_nghi_dai_bieu_nhan_dan.txt", NEWS("2026-03-16", "Lương Văn Khải"),
  "fresh7 (blind). Rewritten from a ward portal's news of a steering committee's meeting preparing the ward's people's "
  "conference (2018, dated March 2026 here): breadcrumb, posting line with a view counter, a typo in the headline, a photo "
  "caption, figures; the chair's conclusions numbered 1-6 where 1 and 2 only agree (noise, the conference day is information), "
  "3-6 are tasks (`Giao X chủ trì, phối hợp Y …`, `X …`, `Đề nghị Ban công tác Mặt trận các tổ dân phố …`); dates without a year "
  "(`trước ngày 21/3`, `chậm nhất ngày 25/3`); a byline.",
  [T("Ủy ban MTTQ Việt Nam phường", "Giao Ủy ban MTTQ phường chủ trì, phối hợp với Văn phòng HĐND và UBND phường hoàn thiện báo cáo tổng hợp",
     "2026-03-21", coop=[VP]),
   T(VH, "Phòng Văn hóa - Xã hội phường lựa chọn các tổ dân phố, hộ gia đình tiêu biểu", "2026-03-24"),
   T(VP, "Văn phòng HĐND và UBND phường chuẩn bị hội trường, âm thanh, khánh tiết và giấy mời đại biểu", "2026-03-25",
     deadline_any=["2026-03-25", "2026-03-28"]),
   T("Ban Công tác Mặt trận các tổ dân phố", "Đề nghị Ban công tác Mặt trận các tổ dân phố thông báo rộng rãi đến từng hộ dân")])
BCT = "Ban Công tác Mặt trận các tổ dân phố"
W("802_tan_xuan_mttq_giao_ban_ban_cong_tac_mat_tran.md", NEWS("2026-02-04", "Trịnh Thu Hà"),
  "fresh7 (blind). Rewritten from a ward Fatherland Front's portal news of its monthly briefing with the heads of the front's "
  "residential-group boards (2020, dated February 2026 here; markdown): section label, headline, italic posting line and caption; "
  "past results with a party notice's number (noise); a lead-in naming the addressee once (`đề nghị các Ban công tác Mặt trận tổ "
  "dân phố tập trung thực hiện một số nội dung sau:`) over subject-less items 1-4; `vào sáng Chủ nhật hằng tuần`; `trước ngày 09/02` "
  "without a year; `vào ngày 25 hằng tháng`; `trong tháng 02/2026`; the standing board's own next step (optional); a byline.",
  [T(BCT, "Tiếp tục tuyên truyền, vận động nhân dân tham gia ra quân vệ sinh ngõ xóm", None, "weekly"),
   T(BCT, "Phối hợp với tổ trưởng tổ dân phố rà soát các hộ nghèo, hộ có hoàn cảnh khó khăn", "2026-02-09",
     coop=["Tổ trưởng các tổ dân phố"]),
   T(BCT, "Nắm bắt tình hình tư tưởng, dư luận của nhân dân trên địa bàn", None, "monthly"),
   T(BCT, "Vận động các hộ gia đình đăng ký xây dựng \"Gia đình văn hóa\" năm 2026", "2026-02-28"),
   T("Ban Thường trực Ủy ban MTTQ Việt Nam phường", "Ban Thường trực Ủy ban MTTQ phường sẽ phân công các đồng chí ủy viên dự sinh hoạt",
     "2026-03-31", optional=True)])
W("803_yen_phong_tin_chu_tich_huyen_phong_soi.txt",
  {"kind": None, "place": None, "issued_on": None, "meeting_on": None, "chaired_by": None, "signed_by": None},
  "fresh7 (blind). Rewritten from a district portal's `Thông tin văn bản` brief of the chairman's công văn (Covid, 2021; measles, "
  "March 2025 here): a headline and a lead that restate the request (noise, as a title), a chain of referenced documents with "
  "their dates (noise); `yêu cầu các cơ quan, ban, ngành, đoàn thể, UBND các xã, thị trấn …` (all units); `giao Trung tâm Y tế "
  "huyện chủ trì, phối hợp …` with `trước ngày 31/3/2025` (added); `UBND các xã, thị trấn chỉ đạo trạm y tế …` (the addressee "
  "leads) with `trước 15 giờ thứ Sáu hằng tuần` (added); two district bodies as one subject (added); byline, posting date and "
  "the comment form's fields (noise). Every document field null (a portal brief).",
  [T(ALL, "yêu cầu các cơ quan, ban, ngành, đoàn thể, UBND các xã, thị trấn nâng cao cảnh giác", coop=["UBND các xã, thị trấn"]),
   T("Trung tâm Y tế huyện", "giao Trung tâm Y tế huyện chủ trì, phối hợp với Phòng Giáo dục và Đào tạo rà soát đối tượng trẻ",
     "2025-03-31", coop=["Phòng Giáo dục và Đào tạo"]),
   T("UBND các xã, thị trấn", "UBND các xã, thị trấn chỉ đạo trạm y tế giám sát chặt chẽ các trường hợp sốt phát ban", None, "weekly"),
   T("Phòng Văn hóa và Thông tin huyện", "Phòng Văn hóa và Thông tin huyện, Trung tâm Văn hóa - Thông tin và Thể thao huyện đẩy mạnh tuyên truyền",
     coop=["Trung tâm Văn hóa - Thông tin và Thể thao huyện"])])
