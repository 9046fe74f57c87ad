# Gold files of the third fresh7 batch (807-809; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
NULLDOC = {"kind": None, "place": None, "issued_on": None, "meeting_on": None, "chaired_by": None, "signed_by": None}
W("807_hoang_son_tin_tong_don_ve_sinh.pdf", NULLDOC,
  "fresh7 (blind). Rewritten from a commune portal's news of a clean-up day (2018, October 2026 here), printed to PDF (.pdf from "
  "src/807_….txt): breadcrumb, date line, caption; the bodies that took part and a figure (noise); the villages that fell short "
  "(noise); `Đảng ủy, UBND xã tiếp tục chỉ đạo các đoàn thể, hội viên và nhân dân duy trì … vào sáng Chủ nhật cuối tháng, hằng "
  "tháng` (the commune's own leadership over a generic collective: optional, the first named leads); `Trưởng các thôn 3, 5 và 7 …` "
  "with `xong trước ngày 31/10/2026` and `Phòng Kinh tế xã phối hợp …` with `vào chiều thứ Sáu hằng tuần` (added); the page "
  "template repeats the article's opening after it, cut mid-sentence (noise). Every document field null.",
  [T("Đảng ủy xã", "UBND xã tiếp tục chỉ đạo các đoàn thể, hội viên và nhân dân duy trì tổng dọn vệ sinh", None, "monthly",
     coop=["UBND xã"], optional=True),
   T("Trưởng các thôn 3, 5 và 7", "Trưởng các thôn 3, 5 và 7 tổ chức ra quân dọn lại", "2026-10-31"),
   T("Phòng Kinh tế", "Phòng Kinh tế xã phối hợp với Hợp tác xã dịch vụ môi trường kiểm tra lịch thu gom rác", None, "weekly",
     coop=["Hợp tác xã dịch vụ môi trường"])])
W("808_phuong_tan_hoi_tin_hoi_nghi_nhan_dan_thang3.txt", NEWS("2026-03-27", None),
  "fresh7 (blind). Rewritten from a district portal's news of a ward's monthly people's conference (2022, March 2026 here): the "
  "page's empty table cells as lines of `|`, captions ending in `|`; the quarter's report and the residents' opinions (noise); "
  "the chairman's answer `… và giao nhiệm vụ cụ thể: X …, báo cáo kết quả trước ngày 10/4. Y phối hợp với Z …, hoàn thành trong "
  "tháng 4/2026. Tổ trưởng các tổ dân phố … vào thứ Hai hằng tuần.` (three tasks in one paragraph, added to the source's summary); "
  "a closing sentence (noise); byline and view counter. The conference names no chair (the MTTQ and the UBND organise it): "
  "`chaired_by` null.",
  [T("Công an phường", "Công an phường kiểm tra, xử lý các cơ sở karaoke gây ồn sau 22 giờ", "2026-04-10"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế, Hạ tầng và Đô thị phường phối hợp với Đội Quản lý trật tự đô thị lập lại trật tự",
     "2026-04-30", coop=["Đội Quản lý trật tự đô thị phường"]),
   T("Tổ trưởng các tổ dân phố", "Tổ trưởng các tổ dân phố nhắc nhở hộ kinh doanh không lấn chiếm vỉa hè", None, "weekly")])
W("809_huong_tra_mttq_gop_y_du_thao_bau_to_truong.md", NULLDOC,
  "fresh7 (blind). Rewritten from a ward portal's short notice of the Fatherland Front's standing board asking for comments on a "
  "draft plan (2015, August 2026 here; markdown): breadcrumb, update date; abbreviations only (`TT UBMTTQVN phường`, `BTT UBMT "
  "phường`, `BCĐ`, `Các đ/c`); `kính mong các đồng chí thành viên BCĐ … và lãnh đạo các cơ quan, đơn vị tham gia góp ý` with the "
  "window `Thời gian từ ngày 19/8/2026 đến 28/8/2026` on the next sentence (its end is the due day); `Đề nghị Trưởng ban công tác "
  "Mặt trận các tổ dân phố …` with `trước ngày 05/9/2026` (added); the attachment line. Every document field null (a portal notice "
  "with no number or signer).",
  [T("Các thành viên Ban Chỉ đạo thực hiện Đề án kiện toàn nhân sự tổ dân phố",
     "kính mong các đồng chí thành viên BCĐ thực hiện Đề án kiện toàn nhân sự tổ dân phố và lãnh đạo các cơ quan", "2026-08-28",
     coop=["Lãnh đạo các cơ quan, đơn vị"]),
   T("Trưởng ban công tác Mặt trận các tổ dân phố", "Đề nghị Trưởng ban công tác Mặt trận các tổ dân phố tổ chức lấy ý kiến các hộ",
     "2026-09-05")])
