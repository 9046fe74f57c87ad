# Gold files of the fifth fresh9 batch (1013; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
W("1013_dong_hoa_cong_dien_khan_bao_so_6.txt",
  {"kind": "cong_dien", "symbol": "CĐ-UBND", "number": "04", "place": "Đông Hòa", "issued_on": "2026-09-16",
   "meeting_on": None, "chaired_by": None, "signed_by": "Lê Văn Thắng"},
  "fresh9 (blind). Rewritten from a real text: a commune's URGENT CÔNG ĐIỆN as a portal post (Sep 2026): visit counters, the post's "
  "title and time (not a signing date), the header one line per cell with glued words (`VIỆTNAM`, `CÔNG ĐIỆNKHẨN`, `Về việcchủ động`), "
  "`ĐIỆN:` over addressees with broken spacing; the forecast's date ranges and harvest figures (noise); a lead-in naming the addressees "
  "over items `N. X …`: `HTX DVNN` (expanded), `Ban chỉ huy Quân sự xã`, `Trạm y tế xã`, `Ban giám hiệu các trường` (a school day off "
  "as the task's day, defensible), `Trưởng các thôn … trước 15 giờ hằng ngày cho đến khi bão tan`; `khi có lệnh` (null).",
  [T("Hợp tác xã Dịch vụ nông nghiệp Đông Hòa", "HTX DVNN Đông Hòa phối hợp với Trưởng các thôn huy động máy gặt", "2026-09-17",
     coop=["Trưởng các thôn"]),
   T("Ban Chỉ huy Quân sự xã", "Ban chỉ huy Quân sự xã tổ chức lực lượng dân quân trực 24/24 giờ"),
   T("Trạm Y tế xã", "Trạm y tế xã chuẩn bị đủ cơ số thuốc, vật tư y tế"),
   T("Ban giám hiệu các trường", "Ban giám hiệu các trường kiểm tra, chằng chống phòng học", None, deadline_any=[None, "2026-09-18"]),
   T("Trưởng các thôn", "Trưởng các thôn thường xuyên cập nhật tình hình, báo cáo về Ban chỉ huy xã", None, "periodic")])
