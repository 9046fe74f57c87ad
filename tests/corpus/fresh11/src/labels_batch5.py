# Gold files of the fifth fresh11 batch (1213-1215; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
W("1213_dong_son_tin_doan_lien_nganh_attp_tet.docx", NEWS("2025-01-17", "Trương Công Danh"),
  "fresh11 (blind). Rewritten from a district portal's Front news of the Tết food-safety inspection team (2022, dated January 2025 "
  "here; .docx from the text): breadcrumb; the team's composition naming many bodies (noise) and findings; the team head (`làm Trưởng "
  "đoàn`) chairs; (added) the conclusions: `Trưởng đoàn đề nghị UBND các xã, thị trấn chỉ đạo công chức …` (the addressee leads) "
  "`đến hết mùa Lễ hội Xuân` (a season: null), `Đội Quản lý thị trường số 6 … trước ngày 22/01/2025`, `Trung tâm Y tế huyện … trong "
  "vòng 05 ngày làm việc kể từ ngày kiểm tra (17/01)` (a Friday: 24/01; the calendar count defensible), the Front's own next step "
  "(optional); a byline.",
  [T("UBND các xã, thị trấn", "Trưởng đoàn đề nghị UBND các xã, thị trấn chỉ đạo công chức phụ trách tiếp tục giám sát"),
   T("Đội Quản lý thị trường số 6", "Đội Quản lý thị trường số 6 xử lý dứt điểm 03 cơ sở vi phạm", "2025-01-22"),
   T("Trung tâm Y tế huyện", "Trung tâm Y tế huyện gửi kết quả kiểm nghiệm các mẫu thực phẩm đã lấy", "2025-01-24",
     deadline_any=["2025-01-24", "2025-01-22"]),
   T("Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện sẽ tiếp tục giám sát việc khắc phục",
     optional=True)])
W("1214_son_phu_tin_lay_y_kien_nhan_dan_cong_an_phuong.txt", NEWS("2026-12-18", "Trần Văn Lưu"),
  "fresh11 (blind). Rewritten from a city portal's news of a ward conference collecting residents' opinions on the ward police "
  "(2016, dated December 2026 here): the delegates' opinions with their own `đề nghị … Công An phường nên …` (the residents' "
  "proposals: optional, addressed to the police); (added) the chair's conclusion: `giao Công an phường … trước ngày 15/01/2027`, "
  "`đề nghị Ban điều hành các khối phố … hằng tháng`, `yêu cầu Công an phường phối hợp với Ban Giám hiệu … các ngày từ thứ Hai đến "
  "thứ Sáu hằng tuần`; a byline.",
  [T("Công an phường", "đề nghị cán bộ Công An đứng điểm khu vực cần thường xuyên phối hợp với Ban điều hành các khối phố theo dõi sâu sát hơn nữa", optional=True),
   T("Công an phường", "đề nghị Công An phường nên tăng cường kiểm tra, chấn chỉnh kịp thời các cơ sở này", optional=True),
   T("Công an phường", "giao Công an phường tiếp thu đầy đủ các ý kiến, xây dựng kế hoạch khắc phục những hạn chế", "2027-01-15"),
   T("Ban điều hành các khối phố", "đề nghị Ban điều hành các khối phố phối hợp với cảnh sát khu vực rà soát", None, "monthly"),
   T("Công an phường", "yêu cầu Công an phường phối hợp với Ban Giám hiệu nhà trường bố trí lực lượng hướng dẫn", None, "weekly",
     coop=["Ban Giám hiệu Trường Tiểu học Sơn Phú"])])
W("1215_hoa_nam_tinh_doan_ke_hoach_hoat_dong_he.md",
  {"kind": "ke_hoach", "symbol": "KH/TĐTN-TTNTH", "number": "118", "place": "Hòa Nam", "issued_on": "2026-05-20",
   "meeting_on": None, "chaired_by": None, "signed_by": "Vi Thị Hoài Thu"},
  "fresh11 (blind). Rewritten from the central youth union's summer plan for children (2024), as a provincial youth union's plan "
  "(May 2026; markdown): the header and the signature as pipe tables (`Số: 118-KH/TĐTN-TTNTH`); `I. MỤC ĐÍCH, YÊU CẦU` numbered like "
  "tasks (noise); `II. NỘI DUNG` activities with no unit (optional, null); `III. TỔ CHỨC THỰC HIỆN` (following the usual layout): bold "
  "units before a colon over `;` clauses, `trước ngày 05/6/2026; … vào thứ Sáu hằng tuần trong tháng 6, 7 và 8/2026` (one-off with a "
  "weekly report), `**Hội đồng Đội tỉnh** chỉ đạo …` (the addressee leads), `Đề nghị **Sở Giáo dục và Đào tạo** …`.",
  [T(None, "Tổ chức lớp dạy bơi, kỹ năng phòng, chống đuối nước cho thiếu nhi", optional=True),
   T(None, "Mở cửa các điểm sinh hoạt hè tại nhà văn hóa thôn, tổ dân phố", optional=True),
   T("Ban Thanh thiếu nhi trường học Tỉnh đoàn", "Ban Thanh thiếu nhi trường học Tỉnh đoàn: tham mưu Ban Thường vụ Tỉnh đoàn triển khai kế hoạch",
     "2026-08-31"),
   T("Đoàn các xã, phường", "Đoàn các xã, phường: xây dựng kế hoạch cụ thể, gửi về Tỉnh đoàn", "2026-06-05", "weekly"),
   T("Hội đồng Đội tỉnh", "Hội đồng Đội tỉnh chỉ đạo Hội đồng Đội các xã, phường tổ chức lễ ra quân", "2026-06-30"),
   T("Sở Giáo dục và Đào tạo", "Đề nghị Sở Giáo dục và Đào tạo phối hợp chỉ đạo các trường học mở cửa sân chơi")])
