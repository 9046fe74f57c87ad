# Gold files of the fifteenth fresh7 batch (828; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
VP = "Văn phòng HĐND và UBND phường"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH = "Phòng Văn hóa - Xã hội"
PV = "Trung tâm Phục vụ hành chính công"
W("828_dai_thanh_dan_y_trinh_chieu_so_ket_9_thang.md",
  {"kind": None, "place": None, "issued_on": None, "meeting_on": "2026-10-08", "chaired_by": None, "signed_by": None},
  "fresh7 (blind). Hand-written in a layout no earlier set has: a SLIDE DECK'S OUTLINE EXPORT (markdown-ish text): an export line, "
  "`--- Trang chiếu N ---` markers, slide titles as `#`, `•` units with indented `◦` sub-bullets holding the task and, on the NEXT "
  "sub-bullet, `Hạn: …` (the task's deadline); `P.KT-HT-ĐT + Đội QLTTĐT` (two units: the first leads); a task and its quarter on "
  "one line after an em dash; `• Unit: task` lines on slide 13; results with figures (noise); speaker notes (`Ghi chú của người "
  "trình bày:`: noise, a leader's own check). Dates without a year take the conference's (2026); `hằng tháng, trước ngày 05`; "
  "a window `từ 15/12/2026 đến 15/01/2027` (its end, null defensible). Not an administrative document: only `meeting_on` (the "
  "conference day on the title slide).",
  [T(KT, "Hoàn thành quyết toán 3 công trình chỉnh trang ngõ", "2026-11-15"),
   T(KT, "Ra quân xử lý vi phạm trật tự đô thị vào tối thứ Sáu hằng tuần", None, "weekly", coop=["Đội Quản lý trật tự đô thị phường"]),
   T("Ban Quản lý dự án phường", "Khởi công cải tạo nhà văn hóa TDP 9", "2026-12-31"),
   T(VH, "Tổ chức bình xét \"Gia đình văn hóa\" năm 2026 tại các TDP", "2026-12-10"),
   T(VH, "Tổng hợp hồ sơ hộ cận nghèo phát sinh", None, "monthly"),
   T("Trạm Y tế phường", "Tiêm vắc xin cúm mùa cho người từ 60 tuổi trở lên", "2026-12-31"),
   T("Công an phường", "CA phường: cao điểm bảo đảm ANTT dịp cuối năm", "2027-01-15", deadline_any=["2027-01-15", None]),
   T("Ban Chỉ huy Quân sự phường", "BCHQS phường: hoàn thành hồ sơ tuyển quân năm 2027", "2026-11-30"),
   T(VP, "VP: tham mưu tổng kết công tác năm 2026", "2026-12-20"),
   T(PV, "TT PVHCC: số hóa 100% hồ sơ tiếp nhận, báo cáo tỷ lệ", None, "weekly")])
