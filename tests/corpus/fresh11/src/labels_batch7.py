# Gold files of the seventh fresh11 batch (1219-1220; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
W("1219_lang_giang_ke_hoach_an_ninh_nguon_nuoc.txt",
  {"kind": "ke_hoach", "symbol": "KH-UBND", "number": "214", "place": "Lạng Giang", "issued_on": "2026-06-09",
   "meeting_on": None, "chaired_by": None, "signed_by": "Đoàn Thu Hà"},
  "fresh11 (blind). Rewritten from a legal-text site's copy of a provincial plan (2023, dated June 2026 here): the header cells split "
  "by `|` lines, the place-and-date line broken after the day (`ngày 09` / `tháng 6 năm 2026`), headings broken mid-line; `I. MỤC "
  "ĐÍCH, YÊU CẦU` numbered like tasks (noise); `II. NHIỆM VỤ, GIẢI PHÁP` with no subject (optional, null); `III. TỔ CHỨC THỰC HIỆN` "
  "(following the usual layout): `1. Sở …: …; … trong quý III/2026; định kỳ hằng năm … trước ngày 15/12` (the earliest date, the last "
  "one defensible; yearly), `trong dự toán ngân sách năm 2027` (not a deadline), `trước mùa mưa lũ hằng năm` (yearly, no date), `5. Đề "
  "nghị Ủy ban MTTQ …`; Nơi nhận and the signature as `|` cells.",
  [T(None, "Tuyên truyền nâng cao nhận thức của Nhân dân về bảo vệ nguồn nước", optional=True),
   T(None, "Hoàn thiện cơ sở dữ liệu về tài nguyên nước và hiện trạng các đập", optional=True),
   T("Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường: chủ trì, phối hợp với các sở, ngành, UBND các xã, phường tổ chức triển khai Kế hoạch",
     "2026-09-30", "yearly", coop=["UBND các xã, phường"], deadline_any=["2026-09-30", "2026-12-15"]),
   T("Sở Xây dựng", "Sở Xây dựng: hướng dẫn, kiểm tra việc bảo đảm an toàn các công trình cấp nước"),
   T("Sở Tài chính", "Sở Tài chính: tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch"),
   T("UBND các xã, phường", "UBND các xã, phường: quản lý, vận hành an toàn các hồ chứa được phân cấp", None, "yearly"),
   T("Ủy ban MTTQ Việt Nam tỉnh", "Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường giám sát",
     coop=["Các tổ chức chính trị - xã hội tỉnh"])])
W("1220_tan_chinh_doan_phuong_ngay_doan_vien.md",
  {"kind": None, "place": None, "issued_on": None, "chaired_by": None, "signed_by": None},
  "fresh11 (blind). Rewritten from a district youth union's page on its `Ngày đoàn viên` (2020), as a ward youth union's (March "
  "2026; markdown): the launch day and what the branches did (past, noise; a launch day: meeting_on left out); a requirement sentence "
  "with no addressee (optional, null); (added) ONE sentence with three subjects joined by `;`: `đề nghị các chi đoàn khu phố … vào sáng "
  "Chủ nhật tuần thứ hai hằng tháng`, `giao Chi đoàn Công an phường chủ trì, phối hợp … hoàn thành trong tháng 4` (no year), `các chi "
  "đoàn trực thuộc … trước ngày 28/3`; the comment box title.",
  [T(None, "phải được tổ chức linh hoạt, thiết thực, phát huy tinh thần xung kích", optional=True),
   T("Các chi đoàn khu phố", "đề nghị các chi đoàn khu phố duy trì đội hình thanh niên tình nguyện dọn vệ sinh", None, "monthly"),
   T("Chi đoàn Công an phường", "giao Chi đoàn Công an phường chủ trì, phối hợp với Chi đoàn Trạm Y tế phường tổ chức tuyên truyền",
     "2026-04-30", coop=["Chi đoàn Trạm Y tế phường"]),
   T("Các chi đoàn trực thuộc", "các chi đoàn trực thuộc báo cáo kết quả về Văn phòng Đoàn phường", "2026-03-28")])
