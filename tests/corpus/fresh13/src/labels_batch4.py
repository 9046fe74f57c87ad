# Gold files of the fourth fresh13 batch (1416-1420; rewritten news, labelled before any parser run; session 29, corpus18).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("1416_hoa_son_giao_ban_ubnd_xa_voi_cac_thon_quy_iii.txt", NEWS("2026-10-02", "Phùng Văn Hiếu"),
  "fresh13 (blind). Rewritten from a new commune's portal news of its quarterly briefing with the village heads (Oct 2025, dated Oct "
  "2026 here): captions, counts of opinions (noise); the chairman's conclusion stresses the village cadres' role and answers "
  "proposals (noise), then (added) three sentences with three subjects: `giao Văn phòng HĐND và UBND xã … trước ngày 10/10/2026`, "
  "`Phòng Kinh tế xã … trong tháng 10/2026`, `Trưởng các thôn … báo cáo kết quả về Công an xã vào ngày 25 hằng tháng` (monthly); "
  "the closing consensus and `PV`.",
  [T("Văn phòng HĐND và UBND xã", "giao Văn phòng HĐND và UBND xã tổng hợp đầy đủ các ý kiến, kiến nghị chưa được trả lời", "2026-10-10"),
   T("Phòng Kinh tế xã", "Phòng Kinh tế xã khảo sát 05 tuyến đường thôn bị hư hỏng sau mưa lũ", "2026-10-31"),
   T("Trưởng các thôn", "Trưởng các thôn vận động nhân dân cài đặt, sử dụng ứng dụng định danh điện tử", None, "monthly",
     coop=["Công an xã"])])
W("1417_son_lam_chao_co_giao_ban_thang_7.txt", NEWS("2026-07-01", None),
  "fresh13 (blind). Rewritten from a commune portal's news of the party committee's flag-salute briefing (Jul 2022, dated Jul 2026 "
  "here): chaired by `các đồng chí trong Ban Thường vụ Đảng ủy` (no person: null); the party secretary's list of priorities `gồm: Về "
  "X: …; Về Y: …` with NO SUBJECT (the commune's own programme: four optional, null tasks); (added) `đề nghị đồng chí Chủ tịch UBND xã "
  "chỉ đạo Phòng Kinh tế xã … trước ngày 10/7/2026; chỉ đạo Trạm Y tế xã … vào Chủ nhật cuối mỗi tháng` (the commune's leader directs "
  "two units: one task per directed unit), `Ban Xây dựng Đảng Đảng ủy xã … trước ngày 20/7/2026`; captions and the closing.",
  [T(None, "thường xuyên kiểm tra đồng ruộng, hoa màu", optional=True),
   T(None, "tập trung tuyên truyền, vận động nhân dân làm đường giao thông nông thôn", optional=True),
   T(None, "quan tâm phòng chống dịch bệnh mùa hè, nhất là sốt xuất huyết", optional=True),
   T(None, "nâng cao chất lượng sinh hoạt chi bộ.", optional=True),
   T("Phòng Kinh tế xã", "đề nghị đồng chí Chủ tịch UBND xã chỉ đạo Phòng Kinh tế xã xây dựng kế hoạch phòng trừ sâu bệnh vụ hè thu",
     "2026-07-10"),
   T("Trạm Y tế xã", "chỉ đạo Trạm Y tế xã phối hợp các thôn tổ chức ra quân diệt bọ gậy", None, "monthly", coop=["Các thôn"]),
   T("Ban Xây dựng Đảng Đảng ủy xã", "Ban Xây dựng Đảng Đảng ủy xã hướng dẫn các chi bộ thôn xây dựng chuyên đề sinh hoạt quý III",
     "2026-07-20")])
W("1418_hoai_my_giam_sat_co_so_vat_chat_truong_hoc.txt", NEWS("2024-06-18", None),
  "fresh13 (blind). Rewritten from a national assembly portal's short repost of a district council's supervision of school building "
  "(Jun 2007, dated Jun 2024 here): `H. Hoài Mỹ:` title, the posting date alone on a line, the assessment (noise); `Thường trực HĐND "
  "đề nghị Phòng Giáo dục và Đào tạo huyện …` whose `;` clause starts with a capital (`Kiểm tra, đôn đốc …`: an optional split of the "
  "same unit), `trong thời gian hè` and `kịp phục vụ năm học mới` (no date); (added) `Đề nghị UBND huyện bố trí đủ vốn đối ứng … "
  "trước ngày 31/7/2024`; byline and the reposted site's address. No person chairs.",
  [T("Phòng Giáo dục và Đào tạo huyện", "đề nghị Phòng Giáo dục và Đào tạo huyện phối hợp với các ngành liên quan tăng cường đôn đốc"),
   T("Phòng Giáo dục và Đào tạo huyện", "Kiểm tra, đôn đốc thi công các công trình, bảo đảm chất lượng xây dựng", optional=True),
   T("UBND huyện", "Đề nghị UBND huyện bố trí đủ vốn đối ứng cho 04 công trình trường học", "2024-07-31")])
W("1419_na_luong_phat_dong_thang_hanh_dong_attp.pdf", {"kind": None, "place": None, "issued_on": None, "signed_by": None},
  "fresh13 (blind). Rewritten from a provincial paper's news of a district's food-safety month launch (Apr 2023, dated Apr 2024 here; "
  ".pdf from src/*.txt): a ` date` line with a month only, `BBK -`, `Sáng 20/4` (a launch event: meeting_on and chaired_by left out); "
  "`đề nghị các phòng, ban, cơ quan, đoàn thể, … chủ động, tích cực tham gia …` (all units), `UBND các xã, thị trấn chỉ đạo … báo cáo "
  "… trước ngày 20/5/2024`; the plan's own contents reported after `Được biết, … Trong đó,` (the inspection team's window, the "
  "centre's broadcasts `02 lần/tuần`): optional; the parade (noise).",
  [T(ALL, "đề nghị các phòng, ban, cơ quan, đoàn thể, các đơn vị đóng trên địa bàn huyện"),
   T("UBND các xã, thị trấn", "UBND các xã, thị trấn chỉ đạo, xây dựng và triển khai các hoạt động bảo đảm chất lượng", "2024-05-20"),
   T("Đoàn kiểm tra liên ngành huyện", "Đoàn kiểm tra liên ngành của huyện (Phòng Y tế là thường trực) kiểm tra các cơ sở sản xuất",
     "2024-05-15", deadline_any=["2024-05-15", None], optional=True),
   T("Trung tâm Văn hóa, Thể thao và Truyền thông huyện", "Trung tâm Văn hóa, Thể thao và Truyền thông huyện phát sóng các tin, bài",
     None, "weekly", optional=True)])
W("1420_thanh_phong_chu_tich_huyen_kiem_tra_nha_lop_hoc.txt", NEWS("2024-08-27", "Lưu Quang Hiển"),
  "fresh13 (blind). Rewritten from a district portal's news of the chairman inspecting classroom buildings (2019, dated Aug 2024 "
  "here): all-caps title, the schools listed, counts and the year's plan (noise); `yêu cầu UBND các xã và các trường khẩn trương …` "
  "(the first named leads); (added) `Giao Phòng Giáo dục và Đào tạo huyện … trước ngày 30/10/2024`, the project board `trước ngày "
  "khai giảng năm học 2024 - 2025 (ngày 05/9/2024)` (the printed day; the day before defensible); `Một số hình ảnh:`.",
  [T("UBND các xã", "yêu cầu UBND các xã và các trường khẩn trương đẩy nhanh tiến độ", coop=["Các trường"]),
   T("Phòng Giáo dục và Đào tạo huyện", "Giao Phòng Giáo dục và Đào tạo huyện hướng dẫn các trường hoàn thiện hồ sơ", "2024-10-30"),
   T("Ban Quản lý dự án đầu tư xây dựng huyện", "Ban Quản lý dự án đầu tư xây dựng huyện đôn đốc nhà thầu hoàn thành 02 nhà lớp học",
     "2024-09-05", deadline_any=["2024-09-05", "2024-09-04"])])
