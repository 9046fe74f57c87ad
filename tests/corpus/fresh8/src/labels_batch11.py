# Gold files of the eleventh fresh8 batch (924; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("924_kim_ngoc_giao_ban_tuan_47_dau_moi.txt",
  {"kind": "thong_bao", "symbol": "TB-VP", "number": "188", "place": "Kim Ngọc", "issued_on": "2026-11-23",
   "meeting_on": "2026-11-23", "chaired_by": "Vương Quốc Toản", "signed_by": "Phạm Đức Long"},
  "fresh8 (blind). COMMON layout with fresh wording: the office's notice of the leaders' weekly briefing (week 47); field headings "
  "naming the leader who follows them (not units); each numbered item is `Topic: task` and its unit comes on the FOLLOWING indented "
  "line `Đầu mối: X; phối hợp: Y, Z` (abbreviations in any case: `BQLDA phường`, `phòng kt-ht-đt`, `đội TTĐT`, `ca phường`, "
  "`P.VHXH`, `TT DVSNC phường`, `tt pvhcc`, `CA phường`, `BCHQS phường`, `Văn phòng` alone); item 10 with its own subject (all "
  "units); dates as weekdays with the day in a parenthesis (`trước 17h00 thứ Sáu (27/11)`, `vào chiều thứ Năm (03/12)` the day an "
  "event is held, `tại cuộc giao ban tuần 48 (sáng thứ Hai, 30/11)`), `trong tuần` (null), `đến hết tháng 11` after a daily duty "
  "(null defensible), `trong tháng 11`, `trước ngày 05/12`; `hằng ngày`, `trước 16h00 hằng ngày`, `mỗi tuần 02 buổi`; `trợ cấp xã "
  "hội tháng 12/2026` (not a recurrence); the next week's schedule (noise).",
  [T("Ban Quản lý dự án phường", "Công tác GPMB dự án đường Kim Ngọc 2: hoàn thiện hồ sơ kiểm đếm 14 hộ còn lại, niêm yết công khai dự thảo phương án bồi thường", "2026-11-27",
     coop=["Phòng Kinh tế, Hạ tầng và Đô thị", "Tổ dân phố số 6"]),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Công trình xây dựng sai phép tại số 25 ngõ 12 phố Kim Ngọc: ban hành quyết định cưỡng chế, tổ chức thực hiện trong tuần"),
   T("Đội Quản lý trật tự đô thị phường", "Điểm tập kết rác tự phát chân cầu Kim Ngọc: giải tỏa, duy trì chốt trực hằng ngày từ 18h00 đến 21h00 đến hết tháng 11", "2026-11-30",
     "periodic", coop=["Công an phường"], deadline_any=["2026-11-30", None]),
   T("Phòng Văn hóa - Xã hội", "Chi trả trợ cấp xã hội tháng 12/2026 cho 1.236 đối tượng qua tài khoản", "2026-12-05"),
   T("Trung tâm Dịch vụ sự nghiệp công phường", "Chuẩn bị hội trường, âm thanh, ánh sáng phục vụ Hội nghị biểu dương", "2026-12-03",
     deadline_any=["2026-12-03", None]),
   T("Trạm Y tế phường", "Giám sát ổ dịch sốt xuất huyết tại tổ dân phố số 9, phun hóa chất diệt muỗi lần 2", "2026-11-28", "periodic"),
   T("Trung tâm Phục vụ hành chính công", "Rà soát 27 hồ sơ thủ tục hành chính sắp đến hạn", "2026-11-30"),
   T("Công an phường", "Triển khai đợt cao điểm tấn công, trấn áp tội phạm dịp cuối năm", None, "weekly",
     coop=["Ban Chỉ huy Quân sự phường"]),
   T("Văn phòng HĐND và UBND phường", "Tổng hợp kết quả thực hiện các ý kiến chỉ đạo tại giao ban", "2026-11-30"),
   T(ALL, "Các đơn vị gửi lịch công tác tháng 12/2026 về Văn phòng HĐND và UBND phường trước 16h00 thứ Tư", "2026-11-25")])
