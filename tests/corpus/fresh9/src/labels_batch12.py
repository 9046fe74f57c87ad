# Gold files of the twelfth fresh9 batch (1022; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
VH = "Phòng Văn hóa - Xã hội"
W("1022_vinh_tuy_cong_van_ra_soat_ho_ngheo.md",
  {"kind": "cong_van", "symbol": "UBND-VHXH", "number": "1462", "place": "Vĩnh Tuy", "issued_on": "2026-10-02",
   "meeting_on": None, "chaired_by": None, "signed_by": "Lương Thị Hồng Vân",
   "subject": "triển khai rà soát hộ nghèo, hộ cận nghèo năm 2026"},
  "fresh9 (blind). Hand-written, COMMON layout (markdown): a ward công văn `đề nghị các đơn vị …` with the header as a two-column "
  "pipe table (V/v in the left column, the date in italics on the right); items `1)` … `7)` with the unit AFTER the task behind an em "
  "dash, bold or italic (`— **P.VH&XH** thực hiện`, `— *phòng Văn hóa - Xã hội chủ trì, trạm y tế phường phối hợp.*`, `— **tt.pvhcc** "
  "phối hợp …`), `Tổ trưởng các tổ dân phố:` before a colon, `**Công an P.**`, a trailing `(Giao: X; phối hợp: Y)`; windows `trong khoảng "
  "từ 08/10 đến 10/10/2026` (the end), `chậm nhất ngày 06/10` (no year), `không quá 07 ngày kể từ ngày ký văn bản này`, `trong thời gian "
  "07 ngày làm việc` (a duration, null), `trong tháng Mười` (a month in words); `hằng tuần vào chiều thứ Năm`, `định kỳ ngày 20 hằng "
  "tháng`; two `**Đề nghị X**` paragraphs (the second with a partner).",
  [T(VH, "Thành lập Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo phường và tổ giúp việc", "2026-10-06"),
   T(VH, "Tổ chức tập huấn nghiệp vụ rà soát cho rà soát viên", "2026-10-10", coop=["Trạm Y tế phường"]),
   T("Tổ trưởng các tổ dân phố", "chủ trì tổ chức rà soát, lập danh sách hộ nghèo, hộ cận nghèo phát sinh", "2026-10-25", "weekly"),
   T("Trung tâm Phục vụ hành chính công", "Niêm yết công khai danh sách hộ nghèo, hộ cận nghèo dự kiến",
     coop=["Các tổ dân phố"]),
   T("Công an phường", "cung cấp dữ liệu dân cư phục vụ đối chiếu nhân khẩu của các hộ", "2026-10-09"),
   T(VH, "Cập nhật kết quả rà soát vào phần mềm quản lý hộ nghèo", "2026-10-30", coop=["Văn phòng HĐND và UBND phường"]),
   T("Ban Chỉ huy Quân sự phường", "Ban chỉ huy quân sự phường rà soát các hộ gia đình chính sách", "2026-10-31"),
   T("Ủy ban MTTQ Việt Nam phường", "chủ trì giám sát quá trình bình xét tại các tổ dân phố, bảo đảm dân chủ, công khai"),
   T("Hội Liên hiệp Phụ nữ phường", "và Hội Cựu chiến binh phường vận động hội viên thuộc hộ cận nghèo", None, "monthly",
     coop=["Hội Cựu chiến binh phường"])])
