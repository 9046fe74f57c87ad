# Gold files of the third fresh12 batch (1309-1313; labelled by hand before any parser run; session 28, corpus17).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("1309_bac_gia_nghia_hop_cai_cach_hanh_chinh_2026.docx", NEWS("2026-02-10", "Trương Công Hậu"),
  "fresh12 (blind). Rewritten from a ward portal's news of a ward meeting on administrative reform (Feb 2026) (.docx from src/*.txt): "
  "`Quản trị - Cập nhật / lúc: / <date>` broken over three lines (the posting date, not the meeting), captions in parentheses, "
  "last year's figures; (added) the deputy chairman's conclusion as four sentences with four subjects: `Đồng chí giao Trung tâm "
  "Phục vụ hành chính công … hoàn thành trước ngày 28/02/2026`, `Văn phòng HĐND và UBND phường … trong tháng 3/2026`, `Phòng Văn "
  "hóa – Xã hội … ít nhất 02 lần/tuần` (weekly), `Các phòng, ban, đơn vị … định kỳ hằng quý, trước ngày 15 của tháng cuối quý` "
  "(quarterly, no date); the ward's target for the year (noise).",
  [T("Trung tâm Phục vụ hành chính công", "giao Trung tâm Phục vụ hành chính công rà soát toàn bộ hồ sơ trễ hạn năm 2025", "2026-02-28"),
   T("Văn phòng HĐND và UBND phường", "Văn phòng HĐND và UBND phường tham mưu ban hành Kế hoạch kiểm tra công vụ năm 2026", "2026-03-31"),
   T("Phòng Văn hóa - Xã hội", "Phòng Văn hóa – Xã hội cập nhật tin bài tuyên truyền CCHC trên trang thông tin điện tử", None, "weekly"),
   T(ALL, "Các phòng, ban, đơn vị báo cáo kết quả thực hiện CCHC về Văn phòng định kỳ hằng quý", None, "quarterly")])
d = NEWS(None, None); d.pop("meeting_on")
W("1310_son_thuy_xa_kham_so_tuyen_nghia_vu.txt", d,
  "fresh12 (blind). Rewritten from a news page on a new commune's medical pre-screening for military and police service (Nov 2025): "
  "caption lines, quota figures, the preparations already made (`Trạm Y tế xã phân công …`, past: noise); the screening day is an "
  "event, not a meeting (meeting_on left out), and nobody chairs it (chaired_by null); (added) the commune chairman's assignments "
  "after it: `giao Trạm Y tế xã … trong vòng 03 ngày làm việc kể từ ngày sơ tuyển` (the printed day 18/11/2025, a Tuesday: three "
  "working days → Friday 21/11, the calendar count the same), `Ban Chỉ huy Quân sự xã … trước ngày 28/11/2025`, `Công an xã "
  "… trước ngày 05/12/2025`, `Ủy ban MTTQ … phối hợp Đoàn Thanh niên xã … trước ngày giao quân` (undated: null).",
  [T("Trạm Y tế xã", "giao Trạm Y tế xã tổng hợp kết quả phân loại sức khỏe, bàn giao cho Hội đồng", "2025-11-21"),
   T("Ban Chỉ huy Quân sự xã", "Ban Chỉ huy Quân sự xã lập danh sách công dân đủ điều kiện", "2025-11-28"),
   T("Công an xã", "Công an xã xác minh lý lịch các công dân đăng ký tham gia công an nhân dân", "2025-12-05"),
   T("Ủy ban MTTQ Việt Nam xã", "Ủy ban MTTQ Việt Nam xã phối hợp Đoàn Thanh niên xã thăm hỏi, động viên gia đình", None,
     coop=["Đoàn Thanh niên xã"])])
W("1311_thanh_pho_cong_van_pccc_nha_o_kinh_doanh.txt", NEWS(None, None),
  "fresh12 (blind). Rewritten from a national paper's news of a city công văn on fire safety after a deadly fire (Dec 2025): ` date` "
  "line, headline, standfirst, the công văn's addressees and date (referenced), caption, figures (noise); three tasks in three "
  "sentences (`Thành phố yêu cầu UBND các xã, phường, đặc khu … trước ngày 15/01/2026`, `Công an thành phố chủ trì … trước ngày "
  "25/12/2025`, `Sở Xây dựng … trong tháng 12/2025`); a passive line to `Lực lượng công an và các đoàn thể được yêu cầu …` and "
  "`Phường, xã phải xác định rõ trách nhiệm …` (both optional: no named unit, and a repeat of the first task's addressees).",
  [T("UBND các xã, phường, đặc khu", "UBND các xã, phường, đặc khu kiểm tra 100% nhà ở kết hợp kinh doanh trên địa bàn", "2026-01-15"),
   T("Công an thành phố", "Công an thành phố chủ trì hướng dẫn các xã, phường nghiệp vụ kiểm tra", "2025-12-25"),
   T("Sở Xây dựng", "Sở Xây dựng hướng dẫn việc tháo dỡ biển hiệu, mái che cơi nới bịt lối thoát nạn", "2025-12-31"),
   T(None, "tăng cường biện pháp bảo đảm an toàn cho nhóm nguy cơ cao", optional=True),
   T("UBND các xã, phường", "Phường, xã phải xác định rõ trách nhiệm từng phòng ban", optional=True)])
W("1312_hai_thanh_chung_cu_mini_tong_kiem_tra_pccc.txt", NEWS(None, None),
  "fresh12 (blind). Rewritten from a magazine's news of a city's order to add apartment blocks to a fire-safety inspection (2023, "
  "dated Sep 2026 here, wards and communes after the reform): ` date` line with a month only; the standfirst to all units "
  "(`UBND thành phố yêu cầu thủ trưởng các đơn vị tiếp tục …`, all units, no date); `yêu cầu Chủ tịch UBND các phường, xã … hoàn "
  "thành xong trước ngày 31/10/2026`; a paragraph on the blocks themselves (`Đối với tất cả chung cư … phải tổ chức diễn tập … trước "
  "ngày 31/3/2027`: addressed to the establishments, optional, null); the earlier plan's provisions (`Trước đó, …`: referenced, "
  "noise); `Giao Công an thành phố … trước ngày 10/11/2026`.",
  [T(ALL, "UBND thành phố yêu cầu thủ trưởng các đơn vị tiếp tục thực hiện nghiêm túc, quyết liệt"),
   T("Chủ tịch UBND các phường, xã", "yêu cầu Chủ tịch UBND các phường, xã bổ sung kiểm tra 100% đối với chung cư", "2026-10-31"),
   T(None, "phải tổ chức diễn tập phòng cháy, chữa cháy, tại buổi diễn tập mỗi căn hộ", "2027-03-31", optional=True),
   T("Công an thành phố", "Giao Công an thành phố tổng hợp kết quả tổng kiểm tra của các phường, xã", "2026-11-10")])
W("1313_tri_hoa_hdnd_xa_so_ket_9_thang.txt", NEWS("2024-10-04", "Huỳnh Thị Mỹ Lệ"),
  "fresh12 (blind). Rewritten from a provincial HĐND site's news of a commune HĐND standing committee's nine-month review (Oct 2024, "
  "commune before the reform): caption first, reports, DELEGATES' PROPOSALS to the commune UBND (`các đại biểu đề nghị UBND xã có "
  "biện pháp …`: optional, with the unit they address; the second proposal is folded into the first's sentence) and the vice "
  "chairman's reply (noise); (added) the chair's conclusion: `đề nghị UBND xã chỉ đạo công chức Văn hóa - Xã hội …` (the UBND "
  "body directs: it leads) `trước ngày 31/12/2024`, `Hai Ban HĐND xã … trong quý IV/2024`, `Thường trực HĐND xã phối hợp Ủy ban "
  "MTTQ … trước kỳ họp cuối năm` (no date: null).",
  [T("UBND xã", "các đại biểu đề nghị UBND xã có biện pháp nâng cao tỷ lệ người dân tham gia bảo hiểm y tế, xử lý việc vứt rác", optional=True),
   T("UBND xã", "đề nghị UBND xã tiếp tục kiến nghị huyện sớm nạo vét", optional=True),
   T("UBND xã", "đề nghị UBND xã chỉ đạo công chức Văn hóa - Xã hội phối hợp Bảo hiểm xã hội huyện vận động", "2024-12-31"),
   T("Các Ban HĐND xã", "Hai Ban HĐND xã tổ chức giám sát chuyên đề về công tác vệ sinh môi trường", "2024-12-31"),
   T("Thường trực HĐND xã", "Thường trực HĐND xã phối hợp Ủy ban MTTQ Việt Nam xã chuẩn bị nội dung tiếp xúc cử tri", None,
     coop=["Ủy ban MTTQ Việt Nam xã"])])
