# Gold file of 1229 (fresh11; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
CB = "Các chi bộ trực thuộc Đảng ủy phường"
W("1229_phu_thuong_dang_uy_thong_bao_ket_luan_btv.pdf",
  {"kind": "thong_bao", "symbol": "TB/ĐU", "number": "57", "place": "Phú Thượng", "issued_on": "2026-11-13",
   "meeting_on": "2026-11-10", "chaired_by": "Khúc Thị Ngọc Bích", "signed_by": "Mạc Văn Thịnh"},
  "fresh11 (blind). Hand-written COMMON layout (.pdf from the text): a ward PARTY standing committee's THÔNG BÁO KẾT LUẬN (`Số 57-TB/ĐU` "
  "under a star, no colon); `N. Về …` headings over `-` items: `Giao Ban Xây dựng Đảng Đảng ủy phường …`, `Các chi bộ trực thuộc … trong "
  "quý I/2027. Riêng Chi bộ Khu dân cư số 5 … trong tháng 01/2027` (a second subject in the next sentence), `Ủy ban Kiểm tra Đảng ủy "
  "phường … trong tháng 12` (no year), `Đề nghị đồng chí Phó Bí thư, Chủ tịch UBND phường chỉ đạo Phòng …; chỉ đạo Trung tâm …` (the ward's "
  "leader directs: one task per directed unit; `trong vòng 10 ngày làm việc kể từ ngày ban hành` → 27/11, calendar 23/11 defensible), "
  "`Giao Ủy ban nhân dân phường chỉ đạo Công an phường …` (the UBND leads), `Chi bộ Quân sự phường lãnh đạo Ban Chỉ huy …` (the addressee "
  "leads), `từ ngày 12 - 18/11/2026` (its end), `định kỳ hằng quý`, a conference `(dự kiến ngày 22/12/2026)` with `trước 05 ngày` (17/12, "
  "the day defensible), `sinh hoạt chi bộ định kỳ vào ngày 03 hằng tháng` (monthly); `T/M BAN THƯỜNG VỤ`.",
  [T("Ban Xây dựng Đảng Đảng ủy phường", "Giao Ban Xây dựng Đảng Đảng ủy phường hướng dẫn các chi bộ xây dựng văn kiện", "2026-12-15"),
   T(CB, "Các chi bộ trực thuộc hoàn thành đại hội trong quý I/2027", "2027-03-31"),
   T("Chi bộ Khu dân cư số 5", "Riêng Chi bộ Khu dân cư số 5 (đại hội điểm) tổ chức xong trong tháng 01/2027", "2027-01-31"),
   T("Ủy ban Kiểm tra Đảng ủy phường", "Ủy ban Kiểm tra Đảng ủy phường kiểm tra việc thu, nộp, quản lý đảng phí", "2026-12-31"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "chỉ đạo Phòng Kinh tế, Hạ tầng và Đô thị đẩy nhanh tiến độ giải phóng mặt bằng", "2026-12-31"),
   T("Trung tâm Phục vụ hành chính công", "chỉ đạo Trung tâm Phục vụ hành chính công giải quyết dứt điểm 43 hồ sơ đất đai tồn đọng",
     "2026-11-27", deadline_any=["2026-11-27", "2026-11-23"]),
   T("UBND phường", "Giao Ủy ban nhân dân phường chỉ đạo Công an phường tăng cường tuần tra"),
   T("Chi bộ Quân sự phường", "Chi bộ Quân sự phường lãnh đạo Ban Chỉ huy Quân sự phường hoàn thành công tác chuẩn bị giao nhận quân"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam phường chủ trì tổ chức Ngày hội Đại đoàn kết",
     "2026-11-18"),
   T("Các đoàn thể chính trị - xã hội phường", "Các đoàn thể chính trị - xã hội phường vận động hội viên tham gia giữ gìn vệ sinh môi trường",
     None, "quarterly"),
   T("Văn phòng Đảng ủy phường", "Văn phòng Đảng ủy phường chuẩn bị nội dung hội nghị Ban Chấp hành Đảng bộ phường cuối năm",
     "2026-12-17", deadline_any=["2026-12-17", "2026-12-22"]),
   T(CB, "Các chi bộ duy trì sinh hoạt chi bộ định kỳ vào ngày 03 hằng tháng", None, "monthly", recurrence_any=["monthly", None])])
