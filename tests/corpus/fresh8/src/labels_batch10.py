# Gold files of the tenth fresh8 batch (923; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
W("923_binh_khe_ke_hoach_phan_loai_rac.pdf",
  {"kind": "ke_hoach", "symbol": "KH-UBND", "number": "47", "place": "Bình Khê", "issued_on": "2027-03-03",
   "meeting_on": None, "chaired_by": None, "signed_by": "Trịnh Minh Quân"},
  "fresh8 (blind). COMMON layout (.pdf, real tables): a ward KẾ HOẠCH with header and signature tables; Mục đích, Chỉ tiêu and a "
  "one-line Nội dung (noise); `IV. TỔ CHỨC THỰC HIỆN` in four shapes: a bold heading with a parenthesis (`1. Phòng … (cơ quan "
  "thường trực)`) over `-` items, a lower-case heading (`2. phòng văn hóa - xã hội`) over a paragraph, `3. Trung tâm …:` with the "
  "task after the colon, `4. Công an phường phối hợp với …` inline, `5. Đề nghị Ủy ban MTTQ … và các đoàn thể` as a bold lead with "
  "the verb outside the bold, `6. Tổ trưởng các tổ dân phố:`; `trong vòng 15 ngày kể từ ngày ký Kế hoạch này`, `trước 01/4` and "
  "`trong quý II` without a year, `định kỳ hằng quý (trước ngày 15 của tháng cuối quý)`, `vào 17h00 thứ Ba, thứ Năm hằng tuần`, "
  "`vào ngày 25 hằng tháng`; the closing `có khó khăn … báo cáo` line (noise); an APPENDIX table after the signature with wrapped "
  "cells, abbreviations, `nt` (repeats the cell above), a body with its standing member in a parenthesis, `Tháng 4 - 5/2027`, "
  "`Quý II/2027`, `Trước 15/7/2027`, `Tháng 11/2027`.",
  [T(KT, "Chủ trì tham mưu UBND phường ban hành Quy chế phân loại", "2027-03-18"),
   T(KT, "Phối hợp với đơn vị thu gom xây dựng lịch thu gom theo từng tuyến phố", "2027-04-01"),
   T(KT, "Tổng hợp kết quả, báo cáo UBND phường định kỳ hằng quý", None, "quarterly"),
   T("Phòng Văn hóa - Xã hội", "Biên soạn tài liệu, tờ gấp hướng dẫn phân loại rác", "2027-06-30"),
   T("Trung tâm Dịch vụ sự nghiệp công phường", "Trung tâm Dịch vụ sự nghiệp công phường: phát tin tuyên truyền trên hệ thống loa truyền thanh",
     None, "weekly"),
   T("Công an phường", "Công an phường phối hợp với Đội Quản lý trật tự đô thị phường kiểm tra, xử lý hành vi đổ rác",
     coop=["Đội Quản lý trật tự đô thị phường"]),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường và các đoàn thể vận động hội viên gương mẫu thực hiện",
     "2027-04-30", coop=["Các đoàn thể phường"]),
   T("Tổ trưởng các tổ dân phố", "Tổ trưởng các tổ dân phố: phổ biến Kế hoạch tới từng hộ", None, "monthly"),
   T(KT, "Thí điểm phân loại rác tại tổ dân phố số 3", "2027-05-31", coop=["Tổ dân phố số 3, 5, 8"]),
   T("Ban Quản lý dự án phường", "Lắp đặt thùng chứa 03 ngăn tại 12 điểm công", "2027-06-30", coop=[KT]),
   T("Văn phòng HĐND và UBND phường", "Sơ kết thí điểm, đề xuất nhân rộng toàn", "2027-07-15", coop=[ALL]),
   T("Đoàn kiểm tra của phường", "Kiểm tra, chấm điểm kết quả của các tổ dân", "2027-11-30", coop=[ALL])])
