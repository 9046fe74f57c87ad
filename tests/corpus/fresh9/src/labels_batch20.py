# Gold files of the twentieth fresh9 batch (1030; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
YT = "Trạm Y tế phường"
W("1030_thanh_mieu_nhat_ky_dieu_hanh_bao_so_7.md", NEWS(None, None),
  "fresh9 (blind). Hand-written, NEW layout (markdown): the civil-defence board's shared OPERATIONS LOG of a storm (Sep 2026): day "
  "headings `## Thứ Ba, 22/9/2026`, timestamped entries `**07h30** —`, situation reports and figures (noise), the chairman's directions "
  "as nested bullets under a timestamp; a time of day takes the heading's date (`hoàn thành trước 11h00`, `trong ngày 23/9`, `trước "
  "17h00 hôm nay`, `trong đêm nay`: the heading's day, null defensible); entries marked done (`xong 10h20`, `*xong 10h50, đã báo cáo*`) "
  "are not tasks; `trong vòng 03 ngày sau khi nước rút` (counted from the log's own `06h30 — Nước rút` on 23/9; null defensible, as some houses are still flooded); `02 giờ một lần cho đến khi …` (periodic); `trong tuần "
  "này` (null); `Trực ban Văn phòng` (the office); `TDP 5, 6, 7` as written; a request to the power company. A log, not a document: "
  "every document field null.",
  [T("Công an phường", "CA phường bố trí lực lượng chốt chặn 03 ngầm tràn"),
   T("Ban Chỉ huy Quân sự phường", "BCHQS phường tập kết 40 dân quân, 02 xuồng máy", "2026-09-22"),
   T("Tổ dân phố 5, 6, 7", "TDP 5, 6, 7 rà soát, di dời các hộ ven sông ra nơi an toàn", "2026-09-22",
     deadline_any=["2026-09-22", None]),
   T("Đội quản lý điện lực khu vực Thanh Miếu", "Đề nghị Đội quản lý điện lực khu vực Thanh Miếu khắc phục sự cố mất điện",
     "2026-09-23"),
   T(YT, "TYT phường: chuẩn bị cơ số thuốc, hóa chất xử lý nước"),
   T("Văn phòng HĐND và UBND phường", "Trực ban Văn phòng tổng hợp tình hình, báo cáo Ban Chỉ huy tỉnh 02 giờ một lần", None,
     "periodic"),
   T("Hội Chữ thập đỏ phường", "Hội Chữ thập đỏ phường phối hợp Hội LHPN tiếp nhận, phân phát hàng cứu trợ", "2026-09-23",
     coop=["Hội Liên hiệp Phụ nữ phường"]),
   T(YT, "TYT phun khử khuẩn môi trường tại các khu vực bị ngập", "2026-09-26", deadline_any=["2026-09-26", None]),
   T("Văn phòng HĐND và UBND phường", "VP thống kê thiệt hại theo mẫu của tỉnh", "2026-09-25"),
   T("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội rà soát các gia đình bị thiệt hại nặng")])
