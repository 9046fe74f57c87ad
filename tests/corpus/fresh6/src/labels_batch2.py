# Gold files of the second fresh6 batch (704-706; labelled by hand before any parser run; session 25).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("704_ha_phong_cong_dien_dich_soi.md",
  {"kind": "cong_dien", "symbol": "CĐ-UBND", "number": "09", "place": "Hà Phong", "issued_on": "2026-03-12",
   "meeting_on": None, "chaired_by": None, "signed_by": "Nguyễn Trọng Hiếu"},
  "fresh6 (blind). Rewritten from a legal-text site's copy of a city công điện (COVID-19, 2021; a measles outbreak in March 2026 "
  "here, two-level government): the site's menu as a markdown list (noise), the header as a pipe table, `CHỦ TỊCH … điện:` over "
  "five addressee bullets (noise), statistics; numbered items with bold heads (`**Giám đốc Sở Y tế:**` over `-` bullets, "
  "`**Giám đốc Sở …** chỉ đạo …` inline, `**Chủ tịch UBND các phường, xã**` a role holder); `trong vòng 05 ngày kể từ ngày ký "
  "Công điện này`; `trước 16 giờ hằng ngày`; `hằng ngày` inside a task; the effect line (noise).",
  [T("Sở Y tế", "Chỉ đạo Trung tâm Kiểm soát bệnh tật Thành phố và các trạm y tế phường, xã tổ chức chiến dịch tiêm bổ sung", "2026-03-31"),
   T("Sở Y tế", "Tổng hợp tình hình dịch, báo cáo Chủ tịch UBND Thành phố trước 16 giờ hằng ngày", None, "periodic"),
   T("Sở Giáo dục và Đào tạo", "Giám đốc Sở Giáo dục và Đào tạo chỉ đạo các trường mầm non, tiểu học theo dõi học sinh nghỉ học", None, "periodic"),
   T("Chủ tịch UBND các phường, xã", "Chủ tịch UBND các phường, xã rà soát, lập danh sách trẻ chưa tiêm", "2026-03-17"),
   T("Sở Văn hóa, Thể thao và Du lịch", "Giám đốc Sở Văn hóa, Thể thao và Du lịch phối hợp với Báo và Phát thanh, Truyền hình Hà Phong tăng thời lượng",
     coop=["Báo và Phát thanh, Truyền hình Hà Phong"]),
   T("Sở Tài chính", "Giám đốc Sở Tài chính thẩm định, tham mưu bố trí kinh phí mua vắc xin", "2026-03-20"),
   T("Ủy ban MTTQ Việt Nam thành phố", "Đề nghị Ủy ban MTTQ Việt Nam Thành phố và các tổ chức chính trị - xã hội vận động hội viên",
     coop=["Các tổ chức chính trị - xã hội thành phố"]),
   T("Văn phòng UBND thành phố", "Văn phòng UBND Thành phố theo dõi, đôn đốc việc thực hiện Công điện này")])
BCH = "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn xã"
W("705_thach_lam_cong_van_ung_pho_bao_so_4.txt",
  {"kind": "cong_van", "symbol": "UBND-VP", "number": "15", "place": "Thạch Lâm", "issued_on": "2026-08-22",
   "subject": "ứng phó với bão số 4", "meeting_on": None, "chaired_by": None, "signed_by": "Lê Đình Toàn"},
  "fresh6 (blind). Rewritten from a commune portal's copy of its storm công văn (2018, a commune of 2026 here): portal lines "
  "(`loading...`, the posting time); header cells one per line with blank lines between, `Số:15 /UBND-VP`, a double space in the "
  "date; `Kính gửi :` over three addressee lines; a forecast with an hour and a date (noise); a lead-in naming four addressees "
  "(`Ban chỉ huy PCTT-TKCN xã, thủ trưởng các đơn vị …, Chi ủy, BCS các thôn`) over items with no subject (the first named "
  "leads) and items with their own subject (`Hiệu trưởng các nhà trường, Trạm trưởng …`, `Các Đ/c được phân công chỉ đạo các "
  "thôn`, `Bí thư Chi bộ,  thôn trưởng các thôn`, `Giao Công an xã …`); `trước 8 giờ sáng hằng ngày`; the closing request (optional).",
  [T(BCH, "Tổ chức trực ban nghiêm túc 24/24 giờ, theo dõi chặt chẽ diễn biến của bão",
     coop=["Thủ trưởng các đơn vị đóng trên địa bàn", "Chi ủy, Ban cán sự các thôn"]),
   T(BCH, "Thông báo cho chủ các tàu thuyền đang hoạt động trên sông và ven biển", "2026-08-22",
     coop=["Thủ trưởng các đơn vị đóng trên địa bàn", "Chi ủy, Ban cán sự các thôn"]),
   T("Hiệu trưởng các nhà trường", "Hiệu trưởng các nhà trường, Trạm trưởng trạm Y tế xã kiểm tra, chằng chống trường lớp",
     coop=["Trạm Y tế xã"]),
   T("Các đồng chí được phân công chỉ đạo các thôn", "Các Đ/c được phân công chỉ đạo các thôn xuống địa bàn, cùng thôn rà soát"),
   T("Bí thư Chi bộ các thôn", "Bí thư Chi bộ, thôn trưởng các thôn huy động lực lượng xung kích khơi thông dòng chảy", None, "periodic",
     coop=["Thôn trưởng các thôn"]),
   T("Công an xã", "Giao Công an xã chủ trì, phối hợp Ban Chỉ huy Quân sự xã chuẩn bị lực lượng", coop=["Ban Chỉ huy Quân sự xã"]),
   T(ALL, "yêu cầu các đơn vị, các đồng chí có tên trên nghiêm túc triển khai thực hiện", optional=True)])
W("706_an_lac_tin_di_dan_bao_so_6.txt", NEWS(None, None),
  "fresh6 (blind). Rewritten from a district portal's brief of the district's evacuation order (typhoon Yagi, September 2024; "
  "October 2024 here, before the two-level reform): a date line and a title; a lead-in naming three kinds of addressees (`các "
  "phòng, đơn vị; các thành viên Ban Chỉ huy …; Ủy ban nhân dân các xã, thị trấn`) over items; item 1 with no subject (the first "
  "named, all units) citing two documents' dates; item 2's communes `có nguy cơ …` without UBND, hours written `12h00'`, "
  "`trước 20h00' ngày 17/10/2024`; a conditional unnumbered sentence (optional) and an unnumbered sentence with its own subject "
  "(`Các xã còn lại …`); a school day off as the day of the task; a byline. A portal brief: every document field null.",
  [T(ALL, "Chấp hành nghiêm chỉnh chỉ đạo của Ủy ban nhân dân huyện tại Công văn số 3105/UBND-NN",
     coop=["Ban Chỉ huy Phòng chống thiên tai, Tìm kiếm cứu nạn và Phòng thủ dân sự huyện", "UBND các xã, thị trấn"]),
   T("UBND các xã, thị trấn có nguy cơ xảy ra sạt lở bờ sông, ngập lụt",
     "Các xã, thị trấn có nguy cơ xảy ra sạt lở bờ sông, ngập lụt và các khu nhà cũ, xuống cấp theo danh sách đã báo cáo phải thực hiện ngay việc di dân",
     "2024-10-17"),
   T("UBND các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn bố trí lực lượng hỗ trợ và tổ chức đưa người dân", optional=True),
   T("UBND các xã còn lại", "Các xã còn lại tiếp tục thực hiện rà soát; báo cáo Uỷ ban nhân dân huyện qua Phòng Nông nghiệp", "2024-10-17"),
   T("Phòng Giáo dục và Đào tạo", "Phòng Giáo dục và Đào tạo chỉ đạo các trường học trên địa bàn cho học sinh nghỉ học", "2024-10-18",
     deadline_any=["2024-10-18", None, "2024-10-17"]),
   T("Công an huyện", "Công an huyện bố trí lực lượng bảo đảm an ninh, trật tự tại các điểm sơ tán", coop=["Ban Chỉ huy Quân sự huyện"]),
   T("Phòng Kinh tế và Hạ tầng", "Phòng Kinh tế và Hạ tầng phối hợp với Điện lực An Lạc kiểm tra, cắt điện", coop=["Điện lực An Lạc"])])
