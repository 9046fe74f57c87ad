# Gold file of 1230 (fresh11; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("1230_an_khanh_tin_phien_hop_thuong_ky_thang10.txt", NEWS("2026-10-02", "Lê Quang Vinh"),
  "fresh11 (blind). Hand-written COMMON layout: ward portal news of the chairman's monthly meeting (breadcrumb, update stamp with the "
  "year, counter, captions between paragraphs, a byline naming a unit); figures and a department head's proposal (noise); the conclusion "
  "in PROSE, one subject per sentence: `yêu cầu các phòng, đơn vị …` (all units) `trước ngày 15/12`, `giao Văn phòng HĐND-UBND phối hợp "
  "… hằng tuần`, `yêu cầu phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp …; … trước ngày 31/10`, `Trung tâm phục vụ hành chính công "
  "phường cần … trong quý IV`, `đề nghị Ban Chỉ huy Quân sự phường phối hợp Công an phường … trong tháng 11; Công an phường … mỗi tuần ít "
  "nhất 03 buổi` (two subjects joined by `;`), `Phòng Văn hóa - Xã hội chủ trì, phối hợp … trước 18/11`, `Trạm Y tế phường … khi có ổ "
  "dịch mới` (triggered: null), a named deputy chairman directing `Phòng Văn hóa - Xã hội` (the directed unit leads) `trong tuần đầu "
  "tháng 11/2026` (the 7th, null defensible), `Các tổ trưởng tổ dân phố … trước ngày 10/10`; the next meeting (noise).",
  [T(ALL, "yêu cầu các phòng, đơn vị bám sát chương trình công tác, phấn đấu hoàn thành các chỉ tiêu năm 2026", "2026-12-15"),
   T("Văn phòng HĐND và UBND phường", "giao Văn phòng HĐND-UBND phối hợp với Thuế cơ sở 3 rà soát, đôn đốc các khoản nợ đọng", None, "weekly",
     coop=["Thuế cơ sở 3"]),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "yêu cầu phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp Đội Quản lý trật tự đô thị phường kiểm tra",
     "2026-10-31", coop=["Đội Quản lý trật tự đô thị phường"]),
   T("Trung tâm Phục vụ hành chính công", "Trung tâm phục vụ hành chính công phường cần nâng tỷ lệ hồ sơ trực tuyến toàn trình lên trên 80%",
     "2026-12-31"),
   T("Ban Chỉ huy Quân sự phường", "đề nghị Ban Chỉ huy Quân sự phường phối hợp Công an phường hoàn thành sơ tuyển", "2026-11-30",
     coop=["Công an phường"]),
   T("Công an phường", "Công an phường tăng cường tuần tra ban đêm tại các tuyến đường ven sông", None, "weekly"),
   T("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội chủ trì, phối hợp Ủy ban MTTQ Việt Nam phường chuẩn bị Ngày hội Đại đoàn kết",
     "2026-11-18", coop=["Ủy ban MTTQ Việt Nam phường"]),
   T("Trạm Y tế phường", "Trạm Y tế phường tiếp tục giám sát dịch sốt xuất huyết, phun hóa chất"),
   T("Phòng Văn hóa - Xã hội", "Phó Chủ tịch UBND phường chỉ đạo Phòng Văn hóa - Xã hội xây dựng kế hoạch, trình UBND phường", "2026-11-07",
     deadline_any=["2026-11-07", None]),
   T("Tổ trưởng các tổ dân phố", "Các tổ trưởng tổ dân phố thông báo rộng rãi lịch thu gom rác mới đến các hộ dân", "2026-10-10")])
