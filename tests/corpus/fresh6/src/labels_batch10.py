# Gold files of the tenth fresh6 batch (728-730; labelled by hand before any parser run; session 25).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
VP = "Văn phòng HĐND và UBND phường"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH = "Phòng Văn hóa - Xã hội"
PV = "Trung tâm Phục vụ hành chính công"
W("728_cua_nam_giao_ban_lanh_dao_tuan_37.md",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "233", "place": "Cửa Nam", "issued_on": "2026-09-14",
   "meeting_on": "2026-09-14", "chaired_by": "Phan Thị Thu Hương", "signed_by": "Nguyễn Hữu Phước"},
  "fresh6 (blind). Hand-written in a COMMON layout (markdown): the weekly leaders' briefing with the whole header on ONE line "
  "joined by em dashes; `- **Unit:** task` bullets; dates without a year (`trước 17 giờ ngày 18/9`, `trước ngày 30/9`); `vào sáng "
  "thứ Hai hằng tuần, bắt đầu từ tuần này`; a meeting day in a parenthesis as the due day (null defensible); a `Lịch công tác tuần "
  "38` list of leaders' appointments (noise); the signature block on one line.",
  [T(KT, "Phòng Kinh tế, Hạ tầng và Đô thị: phối hợp với Công an phường kiểm tra các công trình đang thi công", "2026-09-18",
     coop=["Công an phường"]),
   T(VH, "Phòng Văn hóa - Xã hội: hoàn thiện hồ sơ đề nghị công nhận danh hiệu", "2026-09-30"),
   T(PV, "Trung tâm Phục vụ hành chính công: niêm yết lịch tiếp công dân của lãnh đạo phường", None, "weekly"),
   T(VP, "Văn phòng HĐND và UBND phường: chuẩn bị nội dung phiên họp UBND phường thường kỳ tháng 9 (tổ chức ngày 25/9/2026)",
     "2026-09-25", deadline_any=["2026-09-25", None])])
W("729_lang_ke_hoach_thang_hanh_dong_tre_em.txt",
  {"kind": "ke_hoach", "symbol": "KH-UBND", "number": "88", "place": "Láng", "issued_on": "2026-05-12",
   "meeting_on": None, "chaired_by": None, "signed_by": "Cao Thị Ngọc Ánh"},
  "fresh6 (blind). Hand-written in a COMMON layout: a ward plan with Mục đích, Thời gian (the campaign month: information), Kinh "
  "phí (noise) and `IV. TỔ CHỨC THỰC HIỆN` mixing a unit heading over `-` items (`1. Phòng Văn hóa - Xã hội:`), an inline `2. X: "
  "Task`, `3. X phối hợp … `, `4. Đề nghị X …` and the closing report to all units; an event day as the due day (null "
  "defensible); `vào sáng thứ Bảy, Chủ nhật hằng tuần trong tháng 6 và tháng 7/2026` (weekly, the window's end defensible); `trong "
  "tháng 6/2026`.",
  [T(VH, "Chủ trì, tham mưu tổ chức Lễ phát động Tháng hành động vì trẻ em vào ngày 01/6/2026", "2026-06-01", deadline_any=["2026-06-01", None]),
   T(VH, "Rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt", "2026-05-25"),
   T("Trạm Y tế phường", "Trạm Y tế phường: Tổ chức khám sàng lọc bệnh tim bẩm sinh miễn phí", "2026-06-30"),
   T("Đoàn Thanh niên phường", "Đoàn Thanh niên phường phối hợp với các nhà trường tổ chức lớp dạy bơi", None, "weekly",
     coop=["Các nhà trường"], deadline_any=[None, "2026-07-31"]),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường vận động các tổ chức, cá nhân ủng hộ"),
   T(ALL, "Các đơn vị báo cáo kết quả thực hiện về Phòng Văn hóa - Xã hội trước ngày 05/7/2026", "2026-07-05")])
W("730_dong_da_tin_chu_tich_lam_viec_tram_y_te.txt", NEWS("2026-11-09", "Lê Quang Vinh"),
  "fresh6 (blind). Hand-written in a COMMON layout: ward portal news of the chairman's working session with the health station: "
  "headline and posting line, figures (noise), a photo caption, then the conclusion in prose: `Đồng chí yêu cầu X …, hoàn thành "
  "trước ngày 15/12` (no year: the posting year), a `;` clause of the same subject, `Đồng thời, đồng chí giao X phối hợp với Y … "
  "ít nhất 01 lần/tháng`, `Về …, Chủ tịch UBND phường giao X … trong tháng 12/2026`; a byline naming a unit (noise).",
  [T("Trạm Y tế phường", "yêu cầu Trạm Y tế phường tập trung triển khai tiêm vắc xin phòng cúm mùa", "2026-12-15"),
   T(VH, "giao Phòng Văn hóa - Xã hội phối hợp với Trạm Y tế kiểm tra an toàn thực phẩm", None, "monthly", coop=["Trạm Y tế phường"]),
   T(VP, "giao Văn phòng HĐND và UBND phường tổng hợp, trình phương án trong tháng 12/2026", "2026-12-31")])
