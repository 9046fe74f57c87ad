# Gold file of 1223 (fresh11; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
W("1223_tan_phong_ket_luan_phong_chong_dich_bang.docx",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "251", "place": "Tân Phong", "issued_on": "2026-08-21",
   "meeting_on": "2026-08-19", "chaired_by": "Hồ Sỹ Tuấn", "signed_by": "Hồ Sỹ Tuấn"},
  "fresh11 (blind). Hand-written COMMON layout (.docx, Word tables): the chairman's conclusions of the ward's disease steering committee "
  "with a task table `STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành`: group rows `A`/`B`/`C`; unit "
  "cells abbreviated (`VP HĐND&UBND`, `P. KT-HT&ĐT`, `Đội TTĐT phường`), `nt` (the cell above), a unit cell MERGED over rows 5-6 and a "
  "deadline cell MERGED over rows 8-9; time cells `10 ngày kể từ ngày ký` (21/8 → 31/8), `Hằng ngày (đến hết tháng 10)` (periodic, the "
  "month's end, null defensible), `Tháng 9/2026`, `Thường xuyên`, `Đợt 1: 29-30/8; đợt 2: 26-27/9/2026` (the first round's end, the "
  "second's defensible), `Trước 05/9`, `Quý III/2026`, `Tháng 9 - 10/2026`, `Hằng tuần (thứ Năm)`; `trong vòng 48 giờ kể từ khi phát "
  "hiện` (not a deadline); after the table a named deputy chairman who only supervises (the person leads: no unit is directed) monthly, "
  "and `Đề nghị Ủy ban MTTQ …`.",
  [T("Văn phòng HĐND và UBND phường", "Kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh phường, phân công thành viên", "2026-08-31",
     coop=["Phòng Văn hóa - Xã hội"]),
   T("Phòng Văn hóa - Xã hội", "Phát thông điệp phòng, chống sốt xuất huyết trên hệ thống loa truyền thanh", "2026-10-31", "periodic",
     coop=["Tổ trưởng các tổ dân phố"], deadline_any=["2026-10-31", None]),
   T("Phòng Văn hóa - Xã hội", "Tuyên truyền về bệnh tay chân miệng tại các trường mầm non, tiểu học", "2026-09-30",
     coop=["Các trường mầm non, tiểu học"]),
   T("Trạm Y tế phường", "Giám sát ca bệnh, xử lý ổ dịch trong vòng 48 giờ", None, coop=["Công an phường", "Tổ trưởng các tổ dân phố"]),
   T("Trạm Y tế phường", "Tổ chức 02 đợt tổng vệ sinh môi trường, diệt lăng quăng, bọ gậy toàn phường", "2026-08-30",
     coop=["Ủy ban MTTQ Việt Nam phường", "Đoàn Thanh niên phường", "Hội Liên hiệp Phụ nữ phường"],
     deadline_any=["2026-08-30", "2026-09-27"]),
   T("Trạm Y tế phường", "Cấp phát hóa chất, bình phun cho các tổ dân phố có ổ dịch", "2026-09-05",
     coop=["Trung tâm Dịch vụ sự nghiệp công"]),
   T("Văn phòng HĐND và UBND phường", "Bố trí kinh phí bổ sung cho công tác phòng, chống dịch", "2026-09-30",
     coop=["Phòng Kinh tế, Hạ tầng và Đô thị"]),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Kiểm tra các công trình xây dựng, bãi phế liệu có nguy cơ phát sinh lăng quăng", "2026-10-31",
     coop=["Đội Quản lý trật tự đô thị phường"]),
   T("Đội Quản lý trật tự đô thị phường", "Xử lý vi phạm về vệ sinh môi trường đối với các chủ công trình", "2026-10-31",
     coop=["Công an phường"]),
   T("Trạm Y tế phường", "Tổng hợp tình hình dịch bệnh, báo cáo Ban Chỉ đạo phường", None, "weekly"),
   T("Trịnh Thị Mai, Phó Chủ tịch UBND phường", "Giao đồng chí Trịnh Thị Mai, Phó Chủ tịch UBND phường trực tiếp chỉ đạo, đôn đốc các đơn vị",
     None, "monthly"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường và các đoàn thể vận động hội viên", coop=["Các đoàn thể phường"])])
