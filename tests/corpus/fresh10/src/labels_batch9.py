# Gold file of 1122 (fresh10; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
W("1122_hoa_xuan_cong_van_cao_diem_pccc_mua_kho.md",
  {"kind": "cong_van", "symbol": "UBND-KT", "number": "512", "place": "Hòa Xuân", "issued_on": "2026-10-09",
   "subject": "triển khai đợt cao điểm phòng cháy, chữa cháy nhà ở kết hợp sản xuất, kinh doanh mùa hanh khô 2026 - 2027",
   "meeting_on": None, "chaired_by": None, "signed_by": "Trịnh Văn Lộc"},
  "fresh10 (blind). COMMON layout (markdown), fresh shape: a ward công văn `đề nghị các đơn vị …` whose header is two lines "
  "joined by `·`; each item a `####` heading holding the task with NO unit, the unit on the FOLLOWING BLOCKQUOTE line `> Giao: "
  "**X** · Phối hợp: Y · Hạn: …` (a trailing assignment: X leads, Y cooperates); units abbreviated and in lower case (`TT DVSNC "
  "phường`, `P.KTHT&ĐT`, `VP HĐND&UBND` with a parenthesis, `tổ trưởng các tổ dân phố`, `TT PVHCC phường`, `CA phường`); `Hạn: "
  "20/10` (no year), `03 buổi/tuần (thứ Hai, thứ Tư, thứ Sáu)` (weekly), `trong vòng 15 ngày kể từ ngày ký` (09/10 + 15 = 24/10), "
  "`quý IV/2026`, `thực hiện từ ngày 15/10/2026` (a start: null), `dự kiến sáng Chủ nhật 08/11/2026` (the day it is held, null "
  "defensible), `định kỳ 15 ngày/lần; báo cáo cuối đợt trước ngày 10/12/2026` (periodic with a date); then two `Đề nghị X …` "
  "paragraphs (the Front directs its boards: the Front leads; two mass organisations: the first leads), `trong tháng 11`.",
  [T("Công an phường", "Rà soát, lập danh sách các hộ gia đình sử dụng nhà ở kết hợp sản xuất, kinh doanh trên địa bàn", "2026-10-20",
     coop=["Tổ trưởng các tổ dân phố"]),
   T("Trung tâm Dịch vụ sự nghiệp công phường", "Tuyên truyền về phòng cháy, chữa cháy mùa hanh khô trên hệ thống loa", None,
     "weekly"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Kiểm tra lối thoát nạn, thang thoát hiểm tại 14 chung cư mini", "2026-10-24",
     coop=["Công an phường"]),
   T("Văn phòng HĐND và UBND phường", "Bố trí kinh phí mua sắm bình chữa cháy cho các điểm chữa cháy công cộng", "2026-12-31"),
   T("Tổ trưởng các tổ dân phố", "Thành lập, kiện toàn các tổ liên gia an toàn phòng cháy, chữa cháy", "2026-10-31"),
   T("Trung tâm Phục vụ hành chính công", "Tiếp nhận hồ sơ đăng ký hộ kinh doanh mới kèm bản cam kết an toàn"),
   T("Công an phường", "Tổ chức diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại khu dân cư", "2026-11-08",
     coop=["Ban Chỉ huy Quân sự phường", "Tổ dân phố 9"], deadline_any=[None]),
   T("Công an phường", "Tổng hợp, báo cáo kết quả thực hiện đợt cao điểm", "2026-12-10", "periodic"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường chỉ đạo Ban công tác Mặt trận các khu dân cư"),
   T("Hội Liên hiệp Phụ nữ phường", "Đề nghị Hội Liên hiệp Phụ nữ phường, Đoàn Thanh niên phường phát động hội viên",
     "2026-11-30", coop=["Đoàn Thanh niên phường"])])
