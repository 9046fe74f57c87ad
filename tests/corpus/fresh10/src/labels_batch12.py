# Gold file of 1125 (fresh10; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
W("1125_thanh_xuan_giao_ban_tuan_38_viec.txt",
  {"kind": "thong_bao", "symbol": "TB-VP", "number": "211", "place": "Thanh Xuân", "issued_on": "2026-09-15",
   "meeting_on": "2026-09-14", "chaired_by": "Bùi Thanh Tùng", "signed_by": "Lại Thu Trang"},
  "fresh10 (blind). COMMON layout, fresh wording: the office's notice of the leaders' weekly briefing; the meeting day in a "
  "parenthesis under the title, `Chủ trì:` before the name; items labelled `Việc N (unit): task` — the unit in a PARENTHESIS "
  "AFTER THE LABEL, in short or lower case (`văn phòng`, `công an`, `P.KT-HT-ĐT, tổ TTĐT phối hợp`, `quân sự phường`, `bộ phận "
  "một cửa - TT PVHCC`, `trạm y tế`, `tổ trưởng TDP 3, 5, 6`, `Mặt trận`, `các PCT`); `trước 17h thứ Năm (17/9)`, `xong trước "
  "ngày 30/9`, `tại giao ban tuần 39 (21/9)`, `— trong tuần` and `— hạn: tuần sau` (null), `02 lần/tháng đến hết học kỳ I` "
  "(monthly), `ngay trong ngày 15/9`, `hằng ngày`, `vào ngày 15/11` (the day it is held, null defensible), `mỗi sáng thứ Hai`; "
  "the week's schedule (noise, one line naming a unit that prepares a conference: information here).",
  [T("Văn phòng HĐND và UBND phường", "Chuẩn bị nội dung, tài liệu phiên họp UBND phường tháng 9", "2026-09-17"),
   T("Công an phường", "Rà soát, làm sạch số liệu dân cư trên ứng dụng VNeID", "2026-09-30"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Xử lý dứt điểm biển quảng cáo sai phép trên phố Nguyễn Trãi", "2026-09-21",
     coop=["Đội Quản lý trật tự đô thị phường"]),
   T("Ban Chỉ huy Quân sự phường", "Chuẩn bị hồ sơ sơ tuyển nghĩa vụ quân sự năm 2027"),
   T("Phòng Văn hóa - Xã hội", "Kiểm tra việc dạy thêm, học thêm tại các cơ sở ngoài nhà trường", None, "monthly"),
   T("Trung tâm Phục vụ hành chính công", "Niêm yết công khai 12 thủ tục hành chính mới được chuẩn hóa", "2026-09-15"),
   T("Trạm Y tế phường", "Cập nhật ca mắc sốt xuất huyết lên phần mềm giám sát hằng ngày", None, "periodic"),
   T("Tổ trưởng tổ dân phố 3, 5, 6", "Họp dân lấy ý kiến phương án cải tạo nhà văn hóa liên tổ"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Mặt trận phường phối hợp chuẩn bị Ngày hội Đại đoàn kết", "2026-11-15",
     deadline_any=[None]),
   T("Các Phó Chủ tịch UBND phường", "Theo dõi tiến độ các việc trên theo lĩnh vực phụ trách", None, "weekly")])
