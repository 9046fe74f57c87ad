# Gold files of the third fresh13 batch (1411-1415; rewritten news, labelled before any parser run; session 29, corpus18).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
N = lambda: {"kind": None, "place": None, "issued_on": None, "signed_by": None}
W("1411_vung_tau_le_ra_quan_diet_lang_quang.txt", N(),
  "fresh13 (blind). Rewritten from a provincial paper's news of two new wards' anti-dengue launches on one day (Aug 2025, dated Aug "
  "2026 here): ` date` line glued to the first sentence, captions repeating the event, case counts, what the residential quarters did "
  "after the launch (past: noise); `* Cùng ngày, …` the SECOND WARD, whose vice-chairwoman `đề nghị Trạm Y tế phường …` with `trong "
  "vòng 24 giờ kể từ khi phát hiện` (a duration, not a due date), (added) `Bà giao Phòng Văn hóa - Xã hội phối hợp Đoàn Thanh niên "
  "phường … trước ngày 05/9/2026`, `Các khu phố duy trì tổng vệ sinh vào sáng thứ Bảy hằng tuần`; launch events, not meetings "
  "(meeting_on and chaired_by left out).",
  [T("Trạm Y tế phường", "đề nghị Trạm Y tế phường theo dõi, giám sát chặt chẽ diễn biến dịch"),
   T("Phòng Văn hóa - Xã hội", "giao Phòng Văn hóa - Xã hội phối hợp Đoàn Thanh niên phường thành lập các đội tình nguyện", "2026-09-05",
     coop=["Đoàn Thanh niên phường"]),
   T("Các khu phố", "Các khu phố duy trì tổng vệ sinh vào sáng thứ Bảy hằng tuần", None, "weekly")])
W("1412_cau_ong_lanh_tong_ve_sinh_triet_noi_sinh_san_muoi.txt", N(),
  "fresh13 (blind). Rewritten from a ward portal's post on a clean-up against dengue mosquitoes (Jul 2022, dated Jul 2026 here): a "
  "view counter `139` alone on a line, the city's and the ward's plans (referenced), the launch day's work (past: noise); `các khu "
  "phố … sẽ tiếp tục tổ chức các buổi vệ sinh … vào các thứ Bảy, Chủ nhật hàng tuần trong suốt tháng 7` (weekly; a window: its end, "
  "null defensible); (added) `UBND phường giao Trạm Y tế phường … trước ngày 05/8/2026`, `Đội Quản lý trật tự đô thị phường … hoàn "
  "thành trong tháng 7/2026`. A launch, not a meeting.",
  [T("Các khu phố", "các khu phố trên địa bàn phường sẽ tiếp tục tổ chức các buổi vệ sinh", "2026-07-31", "weekly",
     deadline_any=["2026-07-31", None]),
   T("Trạm Y tế phường", "giao Trạm Y tế phường tổng hợp kết quả của các khu phố", "2026-08-05"),
   T("Đội Quản lý trật tự đô thị phường", "Đội Quản lý trật tự đô thị phường kiểm tra, xử lý các công trình xây dựng, bãi phế liệu",
     "2026-07-31")])
W("1413_phu_lam_chu_tich_huyen_kiem_tra_truong_chuan.txt", NEWS("2024-06-14", "Nguyễn Xuân Hòa"),
  "fresh13 (blind). Rewritten from a district portal's news of the chairman inspecting school buildings (Jun 2022, dated Jun 2024 "
  "here): the portal's chrome (`PHẦN MỀM TÁC NGHIỆP`, weather rows `Hà Nội | |`), a project's expected completion `dự kiến hoàn thành "
  "xong trước tháng 12/2024` (information, not a task); `đề nghị các phòng, ban, đơn vị liên quan và chủ đầu tư, đơn vị thi công …` "
  "(all units); (added) `giao UBND xã Nam Sơn … trong tháng 7/2024`, `Ban Quản lý dự án đầu tư xây dựng huyện đôn đốc … trước ngày "
  "20/8/2024, kịp phục vụ năm học 2024 - 2025` (a school year is not a deadline).",
  [T(ALL, "đề nghị các phòng, ban, đơn vị liên quan và chủ đầu tư, đơn vị thi công phối hợp cùng địa phương"),
   T("UBND xã Nam Sơn", "giao UBND xã Nam Sơn hoàn thành bàn giao mặt bằng", "2024-07-31"),
   T("Ban Quản lý dự án đầu tư xây dựng huyện", "Ban Quản lý dự án đầu tư xây dựng huyện đôn đốc nhà thầu thi công",
     "2024-08-20")])
W("1414_bu_gia_chu_tich_huyen_kiem_tra_cong_trinh_xa_long_ha.txt", NEWS("2024-05-09", "Điểu Văn Nam"),
  "fresh13 (blind). Rewritten from a district portal's news of the chairman inspecting a commune's works (May 2023, dated May 2024 "
  "here): the all-caps title twice, a `Thứ sáu - dd/mm/yyyy hh:mm` line, `Sáng 9-5` (the post's year), `… làm trưởng Đoàn` (chairs), "
  "an expected completion (information); three requests: `đề nghị các phòng, ban tăng cường giám sát …` (all units), `Đề nghị đơn vị "
  "thi công … hoàn thành trụ sở trước ngày 30/6/2024` (the contractor, never named), `đề nghị Ban Quản lý dự án huyện cùng các đơn vị "
  "… trình UBND huyện trong tháng 6/2024`; a caption after the text.",
  [T(ALL, "đề nghị các phòng, ban tăng cường giám sát đơn vị nhà thầu"),
   T("Đơn vị thi công", "Đề nghị đơn vị thi công đẩy nhanh tiến độ, các hạng mục phải bảo đảm kỹ thuật", "2024-06-30"),
   T("Ban Quản lý dự án huyện", "đề nghị Ban Quản lý dự án huyện cùng các đơn vị tính toán phương án", "2024-06-30")])
W("1415_bac_ha_bi_thu_quan_uy_kiem_tra_du_an_truong_hoc.txt", NEWS("2024-06-07", "Đỗ Mạnh Hùng"),
  "fresh13 (blind). Rewritten from a district portal's news of the party secretary inspecting school projects (Jun 2018, dated Jun "
  "2024 here): a lower-case section label, the FIRST PARAGRAPH PRINTED TWICE (as the source does; no task in it), the school year in "
  "the title (not a deadline); (added after the source's `giao UBND quận ch…`) `giao UBND quận chỉ đạo các đơn vị liên quan …` (the "
  "body directs a collective: the UBND leads) `trước ngày 15/8/2024`, the project board `… vào thứ Hai hằng tuần`, `Phòng Giáo dục "
  "và Đào tạo quận … xong trước ngày 31/7/2024`, `Chủ tịch UBND các phường Ngọc Thụy, Thượng Thanh … trong tháng 6/2024` (role holders "
  "with names).",
  [T("UBND quận", "giao UBND quận chỉ đạo các đơn vị liên quan tập trung nguồn lực", "2024-08-15"),
   T("Ban Quản lý dự án đầu tư xây dựng quận", "Ban Quản lý dự án đầu tư xây dựng quận yêu cầu nhà thầu tăng ca, tăng kíp", None, "weekly"),
   T("Phòng Giáo dục và Đào tạo quận", "Phòng Giáo dục và Đào tạo quận chủ động phương án tuyển sinh, bố trí giáo viên", "2024-07-31"),
   T("Chủ tịch UBND các phường Ngọc Thụy, Thượng Thanh", "Chủ tịch UBND các phường Ngọc Thụy, Thượng Thanh giải quyết dứt điểm các vướng mắc",
     "2024-06-30")])
