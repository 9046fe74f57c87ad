# Gold files of the seventeenth fresh8 batch (930; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
W("930_duc_thang_phat_bieu_ket_luan_so_ket_9_thang.md", NEWS("2026-10-08", "Trịnh Văn Phú"),
  "fresh8 (blind). NEW layout (markdown): the chairman's CONCLUDING SPEECH as a manuscript edited from the recording: vocatives "
  "(`Kính thưa …!`, `Thưa các đồng chí!`) between paragraphs, `*(Vỗ tay)*`, greetings and thanks (noise); results in `Thứ nhất` "
  "(noise); tasks in the FIRST PERSON (`tôi giao X …`, `đề nghị X …`, `tôi đề nghị duy trì …`, `báo cáo tôi …`, `trình tôi …`) "
  "and with informal or short unit names (`Ban quản lý dự án` → the ward's project board, `anh em Quân sự` → the military "
  "command, `Văn phòng` alone, `Mặt trận và các đoàn thể phường` → the Fatherland Front committee, `các đồng chí Phó Chủ tịch`); "
  "deadlines `trước ngày 15/12`, `chậm nhất là ngày 30/11`, `trong tháng 11`, `trước ngày 20/11, trình tôi trước ngày 05/12` (the "
  "first; the second defensible), `xong trong tháng 12`, `đến Ngày hội … (18/11)` (a printed day), `ngay trong tháng 10`; `vào các "
  "tối thứ Sáu, thứ Bảy hằng tuần`, `sáng thứ Hai hằng tuần`, `hằng tháng`; not an administrative document: only `meeting_on` "
  "and `chaired_by`.",
  [T("Phòng Kinh tế, Hạ tầng và Đô thị", "tôi giao Phòng Kinh tế, Hạ tầng và Đô thị phối hợp với Thuế cơ sở 4 rà soát các nguồn thu",
     "2026-12-15", coop=["Thuế cơ sở 4"]),
   T("Ban Quản lý dự án phường", "đề nghị Ban quản lý dự án bám sát từng hộ; chậm nhất là ngày 30/11", "2026-11-30"),
   T("Công an phường", "Các đồng chí Công an phường cần chủ động nắm tình hình, không để phát sinh", None, "weekly"),
   T("Ban Chỉ huy Quân sự phường", "Đối với anh em Quân sự: hoàn thành sơ tuyển công dân nhập ngũ năm 2027", "2026-11-30"),
   T("Văn phòng HĐND và UBND phường", "Văn phòng chuẩn bị ngay báo cáo tổng kết năm và dự thảo chương trình công tác năm 2027",
     "2026-11-20", deadline_any=["2026-11-20", "2026-12-05"]),
   T("Trung tâm Phục vụ hành chính công", "Trung tâm Phục vụ hành chính công sáng thứ Hai hằng tuần báo cáo tôi danh sách", None, "weekly"),
   T("Phòng Văn hóa - Xã hội", "đề nghị Phòng Văn hóa - Xã hội rà soát hộ nghèo, hộ cận nghèo cuối năm theo chuẩn mới", "2026-12-31"),
   T("Ủy ban MTTQ Việt Nam phường", "Tôi cũng đề nghị Mặt trận và các đoàn thể phường đẩy mạnh vận động Quỹ", "2026-11-18",
     coop=["Các đoàn thể phường"]),
   T("Tổ trưởng các tổ dân phố", "Các đồng chí Tổ trưởng tổ dân phố về tổ chức họp tổ ngay trong tháng 10", "2026-10-31"),
   T("Các Phó Chủ tịch UBND phường", "tôi giao các đồng chí Phó Chủ tịch theo lĩnh vực phụ trách đôn đốc, kiểm tra", None, "monthly")])
