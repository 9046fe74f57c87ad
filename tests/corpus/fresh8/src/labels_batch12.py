# Gold files of the twelfth fresh8 batch (925; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
VP = "Văn phòng HĐND và UBND phường"
W("925_dong_xuyen_ket_luan_chuyen_doi_so_bang.docx",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "178", "place": "Đông Xuyên", "issued_on": "2026-10-12",
   "meeting_on": "2026-10-09", "chaired_by": "Tạ Quang Minh", "signed_by": "Nguyễn Thị Diệp"},
  "fresh8 (blind). COMMON layout (.docx, Word tables): a kết luận whose tasks sit in a table `TT | Nhiệm vụ | Đơn vị thực hiện | Thời "
  "hạn | Ghi chú` with group rows spanning the columns; the unit cell holds `Chủ trì: X` and `Phối hợp: Y` on two lines, or a bare "
  "abbreviation (`TT PVHCC`, `CA phường`, `P. VH-XH`, `P. KT-HT&ĐT`, `VP HĐND&UBND`, `TT DVSNC`, `Đoàn TN phường`), or `nt`; time "
  "cells `Trước 20/10`, `Tháng 10 - 12/2026`, `Hằng tháng (ngày 28)`, `15 ngày kể từ ngày ký`, `Quý IV`, `Tuần 1 tháng 11/2026` "
  "(the 7th, null defensible), `Trước 30/11`, `Thường xuyên`, `02 tin/tuần`, `Đến hết 31/12`; a note column naming an earlier "
  "notice (noise); a figure paragraph before the table; a task to the deputy chairmen after it; the signer under `TL. CHỦ TỊCH / "
  "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG`.",
  [T("Trung tâm Phục vụ hành chính công", "Rà soát, chuẩn hóa 100% hồ sơ thủ tục hành chính tiếp nhận", "2026-10-20", coop=[ALL]),
   T("Đoàn Thanh niên phường", "Hướng dẫn người dân nộp hồ sơ trực tuyến tại các tổ dân phố", "2026-12-31",
     coop=["Tổ trưởng các tổ dân phố"]),
   T("Trung tâm Phục vụ hành chính công", "Báo cáo tỷ lệ hồ sơ trực tuyến toàn trình, hồ sơ quá hạn", None, "monthly"),
   T("Công an phường", "Làm sạch dữ liệu dân cư; thu nhận hồ sơ định danh điện tử mức 2", "2026-10-27"),
   T("Phòng Văn hóa - Xã hội", "Rà soát, cập nhật dữ liệu người có công, đối tượng bảo trợ xã hội", "2026-12-31"),
   T("Phòng Văn hóa - Xã hội", "Cập nhật dữ liệu trẻ em dưới 6 tuổi để cấp thẻ bảo hiểm y tế", "2026-11-07",
     deadline_any=["2026-11-07", None]),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Lắp đặt wifi miễn phí tại nhà văn hóa 12 tổ dân phố", "2026-11-30"),
   T(VP, "Kiểm tra an toàn thông tin các máy tính tại bộ phận một cửa"),
   T("Trung tâm Dịch vụ sự nghiệp công phường", "Cập nhật tin, bài về chuyển đổi số trên Trang thông tin điện tử phường", None, "weekly"),
   T(VP, "Tổng hợp, báo cáo kết quả thực hiện Thông báo này", "2026-12-31"),
   T("Các Phó Chủ tịch UBND phường", "Giao các đồng chí Phó Chủ tịch UBND phường theo lĩnh vực phụ trách đôn đốc, kiểm tra")])
