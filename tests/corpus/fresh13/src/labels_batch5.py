# Gold files of the fifth fresh13 batch (1421-1422; hand-written, labelled before any parser run; session 29, corpus18).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("1421_phuoc_long_dang_uy_ket_luan_ban_thuong_vu_quy_iv.txt",
  {"kind": "thong_bao", "symbol": "TB/ĐU", "number": "142", "place": "Phước Long", "issued_on": "2026-10-19",
   "meeting_on": "2026-10-16", "chaired_by": "Huỳnh Tấn Lộc", "signed_by": "Huỳnh Tấn Lộc"},
  "fresh13 (blind). Hand-written: a WARD PARTY COMMITTEE's notice of its standing committee's conclusions (two header columns on "
  "shared lines, `Số 142-TB/ĐU`, a `*` under the committee): `1. Đánh giá chung` (figures: noise), `2.N.` area headings that name no "
  "unit over `a) b) c)` items given four ways: to its own bodies (`Giao Ban Xây dựng Đảng chủ trì, phối hợp Văn phòng Đảng ủy …`, `Ủy "
  "ban Kiểm tra …`, `Các chi bộ trực thuộc … trong kỳ sinh hoạt chi bộ tháng 11/2026`: a meeting month, null, its end defensible), to "
  "the UBND body (`Giao UBND phường chỉ đạo các phòng chuyên môn …`: the UBND leads), to the ward's LEADERS DIRECTING NAMED UNITS "
  "(`Đề nghị đồng chí Chủ tịch UBND phường chỉ đạo Phòng …`, `Đề nghị đồng chí <name>, Phó Chủ tịch UBND phường chỉ đạo Phòng VH-XH …; "
  "chỉ đạo Trạm Y tế phường …`: each directed unit leads), to a police party cell that leads the police (`Chi bộ Công an phường lãnh đạo "
  "Công an phường …`: the addressee leads, as for anyone but the ward's leaders) and to plural role holders; `Tết Nguyên đán` without a "
  "date (null); `3. Tổ chức thực hiện` with the party office's monthly follow-up; the closing, `Nơi nhận` beside `T/M BAN THƯỜNG VỤ`.",
  [T("Ban Xây dựng Đảng Đảng ủy phường", "Giao Ban Xây dựng Đảng chủ trì, phối hợp Văn phòng Đảng ủy tham mưu kế hoạch tổng kết",
     "2026-10-30", coop=["Văn phòng Đảng ủy phường"]),
   T("Ủy ban Kiểm tra Đảng ủy phường", "Ủy ban Kiểm tra Đảng ủy phường tiến hành kiểm tra việc thực hiện quy chế làm việc", "2026-12-31"),
   T("Các chi bộ trực thuộc Đảng ủy phường", "Các chi bộ trực thuộc tổ chức quán triệt Thông báo này trong kỳ sinh hoạt chi bộ", None,
     deadline_any=[None, "2026-11-30"]),
   T("UBND phường", "Giao UBND phường chỉ đạo các phòng chuyên môn, đơn vị sự nghiệp tập trung các giải pháp tăng thu ngân sách",
     None, "monthly"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Đề nghị đồng chí Chủ tịch UBND phường chỉ đạo Phòng Kinh tế, Hạ tầng và Đô thị đẩy nhanh công tác bồi thường",
     "2026-12-15"),
   T("Phòng Văn hóa - Xã hội", "Đề nghị đồng chí Trần Thị Mỹ Hạnh, Phó Chủ tịch UBND phường chỉ đạo Phòng Văn hóa - Xã hội rà soát hộ nghèo, hộ cận nghèo năm 2026",
     "2026-11-30"),
   T("Trạm Y tế phường", "chỉ đạo Trạm Y tế phường triển khai tiêm vắc xin sởi bổ sung cho trẻ dưới 5 tuổi", "2026-11-30"),
   T("Trung tâm Phục vụ hành chính công", "Đề nghị đồng chí Chủ tịch UBND phường chỉ đạo Trung tâm Phục vụ hành chính công hướng dẫn người dân nộp hồ sơ trực tuyến",
     "2026-12-31"),
   T("Chi bộ Công an phường", "Chi bộ Công an phường lãnh đạo Công an phường mở đợt cao điểm tấn công, trấn áp tội phạm"),
   T("Ban Chỉ huy Quân sự phường", "Đề nghị đồng chí Chủ tịch UBND phường chỉ đạo Ban Chỉ huy Quân sự phường phối hợp Công an phường hoàn thành việc xét duyệt",
     "2027-01-31", coop=["Công an phường"]),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường chủ trì, phối hợp các tổ chức chính trị - xã hội vận động Quỹ",
     "2027-01-10", coop=["Các tổ chức chính trị - xã hội phường"]),
   T("Các cấp ủy viên phụ trách khu phố", "Đề nghị các đồng chí cấp ủy viên phụ trách khu phố thường xuyên nắm tình hình dư luận"),
   T("Văn phòng Đảng ủy phường", "Văn phòng Đảng ủy phường theo dõi, đôn đốc việc thực hiện Thông báo này", None, "monthly")])
U = "UBND các xã, phường, đặc khu"
W("1422_thach_han_email_chuyen_cong_van_so_phan_cong.txt",
  {"kind": None, "symbol": None, "number": None, "place": None, "issued_on": None, "meeting_on": None, "chaired_by": None,
   "signed_by": None},
  "fresh13 (blind). Hand-written: an E-MAIL of the ward office (Outlook headers `From/Sent/To/Cc/Subject/Attachments`) that FORWARDS a "
  "provincial department's letter and ASSIGNS ITS PARTS TO THE WARD'S UNITS in its own body: `N. <short unit>: task` (`P.KT, HT&ĐT`, "
  "`BCHQS phường`, `CA phường phối hợp BCHQS`, `Phòng VH-XH: phối hợp các tdp …`, `TT DVSNC`), `trước 17h ngày 18/9/2026`, `xong trước "
  "ngày 21/9` (the e-mail's year), `02 lần/ngày khi có tin bão` (periodic), a reporting rule to every unit `trước 16h thứ Sáu hằng tuần "
  "trong suốt mùa mưa bão` (weekly); the signature; the FORWARDED LETTER quoted with `>` whose three requests to the communes and wards "
  "as a whole are carried out by the assignments above (optional, its addressee leading). An e-mail: every document field null.",
  [T("Phòng Kinh tế, Hạ tầng và Đô thị", "P.KT, HT&ĐT: rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro của phường",
     "2026-09-18"),
   T("Ban Chỉ huy Quân sự phường", "BCHQS phường: kiện toàn lực lượng xung kích phòng chống thiên tai tại 14 tổ dân phố", "2026-09-21"),
   T("Công an phường", "xây dựng phương án sơ tán 42 hộ ven sông Thạch Hãn", coop=["Ban Chỉ huy Quân sự phường"]),
   T("Phòng Văn hóa - Xã hội", "Phòng VH-XH: phối hợp các tdp lập danh sách hộ neo đơn, người cao tuổi", "2026-09-25",
     coop=["Các tổ dân phố"]),
   T("Trạm Y tế phường", "Trạm Y tế phường: dự trữ cơ số thuốc, hóa chất xử lý môi trường sau lũ"),
   T("Trung tâm Dịch vụ sự nghiệp công", "TT DVSNC: phát bản tin dự báo thời tiết, hướng dẫn kỹ năng phòng tránh", None, "periodic"),
   T(ALL, "Các đơn vị gửi báo cáo kết quả về Văn phòng (đ/c Hòa", None, "weekly"),
   T(U, "Rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro trên địa bàn", "2026-09-25", optional=True),
   T(U, "Kiện toàn lực lượng xung kích phòng chống thiên tai cấp xã", optional=True),
   T(U, "Báo cáo kết quả thực hiện về Sở (qua Chi cục Thủy lợi)", "2026-09-30", optional=True)])
