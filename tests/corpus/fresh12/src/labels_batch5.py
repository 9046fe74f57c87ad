# Gold files of the fifth fresh12 batch (1321; hand-written, labelled before any parser run; session 28, corpus17).
from use_common import T, W, NEWS
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"; VH = "Phòng Văn hóa - Xã hội"
W("1321_hoa_xuan_ket_luan_hai_cap_don_vi.txt",
  {"kind": "thong_bao", "symbol": "TB-VP", "number": "214", "place": "Hòa Xuân", "issued_on": "2026-09-18",
   "meeting_on": "2026-09-15", "chaired_by": "Ngô Thanh Tùng", "signed_by": "Đinh Thị Hoa"},
  "fresh12 (blind). Hand-written: the ward office's notice of the chairman's monthly conclusions with tasks NESTED UNDER UNITS AT "
  "TWO LEVELS: `N. <unit>` headings over `a)`, `b)`, `c)` items, where a `b)` is itself a lead-in over `-` sub-items — naming a "
  "partner (`Phối hợp Đội Quản lý trật tự đô thị phường:`: the sub-items are the heading unit's, the partner cooperates), a role "
  "holder the unit guides (`Hướng dẫn Tổ trưởng các tổ dân phố:`: the guiding unit leads, as an addressee who directs others), or a "
  "SUB-UNIT (`Cảnh sát khu vực:` under `3. Công an phường`, `Ban Công tác Mặt trận các tổ dân phố:` under `5. Đề nghị Ủy ban MTTQ`: "
  "the sub-unit leads its sub-items); an item of two `;` clauses with a weekly report (one task, weekly; the report an optional "
  "split); `III.` the office's follow-up `báo cáo tại phiên họp thường kỳ tháng 10/2026` with that meeting's day printed on the next "
  "line (13/10/2026; null defensible); assessment, next meeting, closing and Nơi nhận (noise).",
  [T(KT, "Chủ trì rà soát 07 hồ sơ đất đai quá hạn, xử lý dứt điểm và thông báo cho công dân", "2026-09-30"),
   T(KT, "Ra quân lập lại trật tự vỉa hè tuyến Nguyễn Trãi, Lê Văn Hiến", None, "weekly",
     coop=["Đội Quản lý trật tự đô thị phường"]),
   T(KT, "Lập hồ sơ xử lý 05 công trình xây dựng sai phép tại tổ dân phố 4 và 9", "2026-10-31",
     coop=["Đội Quản lý trật tự đô thị phường"]),
   T(KT, "Tham mưu phương án cải tạo hệ thống thoát nước khu dân cư Đông Trà", "2026-10-15"),
   T(VH, "Chuẩn bị các điều kiện tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 12 khu dân cư", "2026-11-10"),
   T(VH, "Rà soát, lập danh sách hộ nghèo, hộ cận nghèo năm 2027", "2026-10-20", coop=["Tổ trưởng các tổ dân phố"]),
   T(VH, "Cập nhật biến động đối tượng bảo trợ xã hội vào ngày 25 hằng tháng", None, "monthly", coop=["Tổ trưởng các tổ dân phố"]),
   T("Công an phường", "Xây dựng kế hoạch bảo đảm an ninh trật tự dịp cuối năm", "2026-10-05"),
   T("Cảnh sát khu vực", "Phối hợp Tổ bảo vệ an ninh trật tự cơ sở tuần tra các tuyến kiệt, hẻm", None, "weekly",
     coop=["Tổ bảo vệ an ninh trật tự cơ sở"]),
   T("Cảnh sát khu vực", "Kiểm tra 100% cơ sở cho thuê trọ về phòng cháy, chữa cháy", "2026-12-31"),
   T("Trung tâm Phục vụ hành chính công", "Niêm yết đầy đủ 38 thủ tục hành chính mới được công bố", None, "weekly"),
   T("Trung tâm Phục vụ hành chính công", "báo cáo tình hình giải quyết hồ sơ về Văn phòng trước 16 giờ thứ Sáu hằng tuần", None, "weekly",
     optional=True),
   T("Ủy ban MTTQ Việt Nam phường", "Chủ trì vận động Quỹ \"Vì người nghèo\" năm 2026", "2026-11-30"),
   T("Ban Công tác Mặt trận các tổ dân phố", "Tổ chức hội nghị lấy ý kiến nhân dân về dự thảo quy ước tổ dân phố", "2026-10-31"),
   T("Văn phòng HĐND và UBND phường", "Văn phòng HĐND và UBND phường theo dõi, đôn đốc việc thực hiện", "2026-10-13",
     deadline_any=["2026-10-13", None])])
