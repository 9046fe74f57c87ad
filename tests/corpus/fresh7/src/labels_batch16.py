# Gold files of the sixteenth fresh7 batch (829; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
VP = "Văn phòng HĐND và UBND phường"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH = "Phòng Văn hóa - Xã hội"
W("829_linh_xuan_ket_luan_pccc_bang_thoi_han.pdf",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "305", "place": "Lĩnh Xuân", "issued_on": "2026-11-09",
   "meeting_on": "2026-11-06", "chaired_by": "Phùng Thế Vinh", "signed_by": "Đỗ Hải Yến"},
  "fresh7 (blind). Hand-written in the COMMON layout of a kết luận whose tasks sit in a table (.pdf with a real table from "
  "src/829_….html, 9 pt): `STT | Nội dung nhiệm vụ | Đơn vị thực hiện | Thời hạn hoàn thành`; cells wrapped by the PDF layout "
  "around the row number; unit cells in LOWER CASE and abbreviations (`phòng kt-ht&đt; các TDP`, `vp hđnd&ubnd`, `phòng vh-xh`, "
  "`CA phường (chủ trì); phòng KT-HT&ĐT`, `BCHQS phường`, `TT DVSNC phường`, `Các đơn vị`); time cells in many wordings: `Trước "
  "15/12` (no year), `Trong tháng 12/2026`, `Hằng tuần (thứ Hai)`, `07 ngày kể từ ngày ký` (09/11 + 7), `Quý IV`, `20-25/11/2026` "
  "(a day range: its end), `Tháng 11-12/2026`, `Khi có yêu cầu` and `Trước Tết Dương lịch` (null), `Đến hết 31/12`; figures in "
  "I. (noise); a request after the table (`Đề nghị Ủy ban MTTQ … chỉ đạo Ban công tác Mặt trận …`: the addressee leads).",
  [T("Công an phường", "Kiểm tra an toàn PCCC tại nhà trọ, nhà ở kết hợp", "2026-12-15", coop=[KT]),
   T(KT, "Lắp đặt biển báo, bình chữa cháy tại các ngõ nhỏ,", "2026-12-31", coop=["Các tổ dân phố"]),
   T(VP, "Tuyên truyền kỹ năng thoát nạn trên loa truyền", None, "weekly"),
   T("Tổ trưởng các tổ dân phố", "Kiện toàn Tổ PCCC an toàn tại các tổ dân phố", "2026-11-16"),
   T(VH, "Rà soát hộ khó khăn để hỗ trợ thiết bị báo cháy", "2026-12-31"),
   T("Công an phường", "Diễn tập phương án chữa cháy tại khu tập thể B4", "2026-11-25"),
   T(KT, "Bố trí kinh phí mua sắm trang thiết bị PCCC", "2026-12-31"),
   T("Ban Chỉ huy Quân sự phường", "Hỗ trợ lực lượng tại chỗ khi có cháy"),
   T("Trung tâm Dịch vụ sự nghiệp công", "Kiểm tra hệ thống điện tại trụ sở, nhà văn hóa"),
   T(ALL, "Báo cáo kết quả thực hiện Thông báo này", "2026-12-31"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường chỉ đạo Ban công tác Mặt trận")])
