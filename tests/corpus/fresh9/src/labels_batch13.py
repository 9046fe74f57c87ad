# Gold files of the thirteenth fresh9 batch (1023; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
QL = "Đội Quản lý trật tự đô thị phường"
W("1023_phu_la_ket_luan_trat_tu_xay_dung_bang.docx",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "271", "place": "Phú La", "issued_on": "2026-11-13",
   "meeting_on": "2026-11-11", "chaired_by": "Hoàng Quốc Việt", "signed_by": "Nguyễn Thị Bích Ngọc"},
  "fresh9 (blind). Hand-written, COMMON layout (.docx, Word tables): the chairman's conclusions after a working session, header in a "
  "table, a task TABLE with separate `Chủ trì` and `Phối hợp` columns and a `Sản phẩm` column (noise): `Đội QLTTĐT`, `phòng KT, HT và "
  "ĐT`, `TT PVHCC`, `Tổ trưởng các TDP`, `Ban QLDA phường`, `VP HĐND-UBND`, two partners split by `;`, an empty partner cell; deadlines "
  "`Trước 30/11` (no year), `10 ngày làm việc kể từ ngày ký` (signed on a Friday: working days, the calendar count defensible), a window "
  "`Từ 01/12 đến 15/12/2026`, `Hằng tháng (trước ngày 25)`, a deadline cell MERGED over two rows, `Tháng 12/2026`, `Thường xuyên`, `Ngay "
  "sau khi có quyết định cưỡng chế` (null), `Quý I/2027`; a deputy chairman named after the table (name, title) due `tại phiên họp "
  "thường kỳ tháng 12/2026` (null, the month's end defensible).",
  [T(QL, "Kiểm tra, lập biên bản 07 trường hợp vi phạm còn tồn đọng", "2026-11-30", coop=["Công an phường"]),
   T(KT, "Xây dựng kế hoạch cưỡng chế công trình vi phạm tại số 18", "2026-11-27", coop=[QL, "Công an phường"],
     deadline_any=["2026-11-27", "2026-11-23"]),
   T(QL, "Tổ chức cưỡng chế, tháo dỡ phần xây dựng sai phép", "2026-12-15", coop=[KT]),
   T(KT, "Cập nhật hồ sơ xử lý vi phạm lên cơ sở dữ liệu trật tự xây dựng của thành phố", None, "monthly"),
   T("Trung tâm Phục vụ hành chính công", "Rà soát hồ sơ cấp phép xây dựng nhà ở riêng lẻ", "2026-12-20", coop=[KT]),
   T("Tổ trưởng các tổ dân phố", "Công khai danh sách công trình được cấp phép", "2026-12-20",
     coop=["Trung tâm Phục vụ hành chính công"]),
   T("Ban Quản lý dự án phường", "Lập hồ sơ hoàn trả mặt bằng thi công tuyến cống", "2026-12-31", coop=[KT]),
   T("Phòng Văn hóa - Xã hội", "Tuyên truyền quy định về cấp phép xây dựng trên hệ thống loa", coop=["Văn phòng HĐND và UBND phường"]),
   T("Văn phòng HĐND và UBND phường", "Bố trí kinh phí thuê đơn vị tháo dỡ phục vụ cưỡng chế", coop=[KT]),
   T(QL, "Kiểm điểm trách nhiệm cán bộ phụ trách địa bàn", "2027-03-31"),
   T("Trần Minh Đức, Phó Chủ tịch UBND phường", "Giao đồng chí Trần Minh Đức, Phó Chủ tịch UBND phường theo dõi, đôn đốc việc thực hiện",
     None, deadline_any=[None, "2026-12-31"])])
