# Gold files of the nineteenth fresh9 batch (1029; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
QLDA = "Ban Quản lý dự án phường"
W("1029_ha_dong_bang_nhiem_vu_dan_tu_excel.txt", NEWS("2027-05-06", "Trịnh Văn Nam"),
  "fresh9 (blind). Hand-written, NEW layout: the office's message with a task table PASTED FROM EXCEL as TAB-SEPARATED text (no "
  "borders, no pipes): group rows `A\\tKINH TẾ - ĐÔ THỊ` with empty trailing cells, a multi-line cell in double quotes (as Excel copies "
  "it), separate `Phối hợp`, `Hạn`, `Tần suất` and `Ghi chú` columns; units abbreviated (`P.KT`, `Đội TTĐT`, `BQLDA`, `P.VHXH`, `TYT`, "
  "`CA`, `BCHQS`, `TT PVHCC`, `VP`, `Đoàn TN + Hội PN`: the first leads); `Hạn` cells `15/5` (the post's year), `31/05/2027`, `T5/2027`, "
  "`Q2/2027`, `Q3/2027`, `7 ngày kể từ ngày họp` (from the meeting day); `Tần suất` cells `Hằng tuần (T6)`, `1 lần/tháng`, `Thường "
  "xuyên`, `Hằng tháng`, `1 lần/quý`; a row whose note says `Đã xong` (not a task); a planned event day in the note (null, the day "
  "defensible); the closing weekly update (all units). A message, not a document: only meeting_on and chaired_by.",
  [T(KT, "Hoàn thiện hồ sơ đề nghị công nhận tuyến phố văn minh", "2027-05-15", coop=["Tổ dân phố 2, 3"]),
   T("Đội Quản lý trật tự đô thị phường", "Kiểm tra, xử lý dứt điểm 05 điểm tập kết rác tự phát", "2027-05-31", coop=[KT]),
   T(QLDA, "Đôn đốc nhà thầu hoàn trả mặt bằng vỉa hè", "2027-05-31"),
   T(QLDA, "Cập nhật tiến độ thu hồi đất dự án trường THCS", None, "weekly", coop=[KT]),
   T("Phòng Văn hóa - Xã hội", "Xây dựng kế hoạch tổ chức các hoạt động hè 2027", "2027-05-13",
     coop=["Đoàn Thanh niên phường", "Hội Liên hiệp Phụ nữ phường"]),
   T("Trạm Y tế phường", "Giám sát an toàn thực phẩm bếp ăn bán trú", "2027-06-30", "monthly", coop=["Phòng Văn hóa - Xã hội"]),
   T("Đoàn Thanh niên phường", "Tổ chức Ngày hội hiến máu tình nguyện đợt 2", None, deadline_any=[None, "2027-05-23"],
     coop=["Hội Liên hiệp Phụ nữ phường", "Trạm Y tế phường"]),
   T("Công an phường", "Tổng kiểm tra cư trú khu nhà trọ Văn Quán", coop=["Tổ dân phố 8, 9"]),
   T("Ban Chỉ huy Quân sự phường", "Chuẩn bị cơ sở vật chất diễn tập khu vực phòng thủ", "2027-09-30",
     coop=["Văn phòng HĐND và UBND phường"]),
   T("Trung tâm Phục vụ hành chính công", "Báo cáo kết quả giải quyết thủ tục hành chính, tỷ lệ đúng hạn", None, "monthly"),
   T("Văn phòng HĐND và UBND phường", "Tổng hợp báo cáo thực hiện kết luận, trình CT UBND phường", None, "quarterly",
     coop=["Các phòng, ban, đơn vị"]),
   T("Các phòng, ban, đơn vị", "Các đơn vị cập nhật tiến độ lên phần mềm trước 16h thứ Sáu hằng tuần", None, "weekly")])
