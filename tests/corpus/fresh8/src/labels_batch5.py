# Gold files of the fifth fresh8 batch (913-915; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
CB = "Các chi bộ trực thuộc Đảng ủy phường"
W("913_kim_hoa_tin_dai_hoi_chi_bo_truoc_20_7.txt", NEWS("2027-07-02", None),
  "fresh8 (blind). Rewritten from a news aggregator's copy of a city paper's report on a ward party standing committee deploying its "
  "branches' congresses (Jul 2025 there, Jul 2027 here): the aggregator's menu, a headline with the deadline, a standfirst restating "
  "the request (optional: the same task), captions with photo credits, the plan's number and date (a referenced document); the "
  "chair is `Các đồng chí Thường trực` (no name); the conclusion `yêu cầu các chi bộ trực thuộc …, tổ chức đại hội xong trước ngày "
  "20-7; chi bộ A và chi bộ B … trong tuần đầu tháng 7` (dashed dates without a year; a week of a month), `Đồng chí giao Ban Xây "
  "dựng Đảng Đảng ủy phường …, hoàn thành trước ngày 08-7; Văn phòng Đảng ủy … vào chiều thứ Sáu hằng tuần` (added); a source line.",
  [T(CB, "Các chi bộ trực thuộc khẩn trương chuẩn bị tốt nhất các điều kiện để tổ chức Đại hội", "2027-07-20", optional=True),
   T(CB, "yêu cầu các chi bộ trực thuộc bám sát Kế hoạch, chuẩn bị chu đáo văn kiện và nhân sự", "2027-07-20"),
   T("Chi bộ tổ dân phố số 4", "chi bộ tổ dân phố số 4 và chi bộ Trường THCS Kim Hoa tổ chức đại hội điểm", "2027-07-07",
     coop=["Chi bộ Trường THCS Kim Hoa"], deadline_any=["2027-07-07", None]),
   T("Ban Xây dựng Đảng Đảng ủy phường", "Đồng chí giao Ban Xây dựng Đảng Đảng ủy phường hướng dẫn, thẩm định dự thảo báo cáo chính trị",
     "2027-07-08"),
   T("Văn phòng Đảng ủy phường", "Văn phòng Đảng ủy tổng hợp tiến độ đại hội, báo cáo Thường trực Đảng ủy", None, "weekly")])
W("914_thach_cau_tin_chien_dich_sot_xuat_huyet.md", NEWS(None, None),
  "fresh8 (blind). Rewritten from a city youth paper's report of a ward conference launching a dengue clean-up campaign (2024 there, "
  "Aug 2026 here) (markdown): breadcrumb, an italic date line (a posting date; the meeting day is not printed), a long subject "
  "`đồng chí …, Ủy viên …, Phó Chủ tịch UBND phường, Trưởng Ban Chỉ đạo …` whose request goes to `các ban, ngành, đoàn thể, tổ dân "
  "phố` (all units); broken image captions (`![]() |` then `| … |`); case figures with a data date (noise); the station's routine "
  "`Định kỳ vào thứ 7 hằng tuần …` (optional); then (added) `… giao Trạm Y tế phường … trước 16 giờ hằng ngày; Tổ trưởng các tổ dân "
  "phố … vào sáng Chủ nhật, ngày 16/8/2026; Phòng Văn hóa - Xã hội phường …, hoàn thành … trước ngày 10/8` (three subjects joined "
  "by `;`; the day a clean-up is held, null defensible); byline.",
  [T(ALL, "yêu cầu các ban, ngành, đoàn thể, tổ dân phố tăng cường phối hợp, huy động sự chung tay"),
   T("Trạm Y tế phường", "Định kỳ vào thứ 7 hằng tuần, Trạm Y tế phường cùng các lực lượng xuống giám sát", None, "weekly", optional=True),
   T("Trạm Y tế phường", "giao Trạm Y tế phường cập nhật ca bệnh, báo cáo Ban Chỉ đạo", None, "periodic"),
   T("Tổ trưởng các tổ dân phố", "Tổ trưởng các tổ dân phố huy động nhân dân ra quân tổng vệ sinh môi trường vào sáng Chủ nhật", "2026-08-16",
     deadline_any=["2026-08-16", None]),
   T("Phòng Văn hóa - Xã hội phường", "Phòng Văn hóa - Xã hội phường tuyên truyền trên hệ thống loa truyền thanh", "2026-08-10")])
W("915_kim_binh_tin_ky_hop_chuyen_de_hdnd_xa.txt", NEWS("2026-09-23", "Hoàng Văn Sáng"),
  "fresh8 (blind). Rewritten from a commune portal's news of a special session of the commune council (2025 there, Sep 2026 here): "
  "a capitalised headline, `Ngày đăng:` and a counter; attendees, drafts and adopted resolutions (noise); the closing speech "
  "`đề nghị UBND xã, các ngành, đoàn thể tập trung triển khai …; đồng thời kêu gọi … của nhân dân` (the UBND leads, the rest "
  "cooperate; the call to residents is part of it); `Thường trực HĐND xã giao Ban Kinh tế - Ngân sách HĐND xã … trong quý "
  "IV/2026; đề nghị UBND xã báo cáo … tại kỳ họp thường lệ cuối năm 2026` (added; a session with no date: null, the year's end "
  "defensible); the photo line and a byline naming the office.",
  [T("UBND xã", "đề nghị UBND xã, các ngành, đoàn thể tập trung triển khai quyết liệt các nghị quyết vừa được thông qua",
     coop=["Các ban, ngành, đoàn thể xã"]),
   T("Ban Kinh tế - Ngân sách HĐND xã", "Thường trực HĐND xã giao Ban Kinh tế - Ngân sách HĐND xã giám sát việc thực hiện Nghị quyết",
     "2026-12-31"),
   T("UBND xã", "đề nghị UBND xã báo cáo kết quả thực hiện các nghị quyết chuyên đề", None, deadline_any=[None, "2026-12-31"])])
