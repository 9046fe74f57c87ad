# Gold files of the first fresh12 batch (1301-1304; labelled by hand before any parser run; session 28, corpus17).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("1301_tan_quy_tin_hop_6_thang_phong_ban_phan_anh.txt", NEWS("2025-07-14", "Huỳnh Văn Lộc"),
  "fresh12 (blind). Rewritten from a provincial TV site's news of a new ward's mid-year meeting (Jul 2025, first month of the "
  "two-level government): a ` date` line, `(THĐT)`, captions; the units' own reports of difficulties name the units that get tasks "
  "later (noise: `Phòng Kinh tế, Hạ tầng và Đô thị phản ánh …`, `Công an phường báo cáo …`); the chair's conclusion in prose, one "
  "subject per sentence (`ông giao X phối hợp Y … trước ngày 15/8`, `X chủ trì … xong trước ngày 25/7`, `… vào chiều thứ Sáu hằng "
  "tuần`, `Đối với Công an phường, ông yêu cầu … vào ngày 25 hằng tháng`); a general exhortation (optional); a byline.",
  [T("Phòng Kinh tế, Hạ tầng và Đô thị", "giao Phòng Kinh tế, Hạ tầng và Đô thị phối hợp Công an phường kiểm tra, lập biên bản và xử lý dứt điểm",
     "2025-08-15", coop=["Công an phường"]),
   T("Phòng Văn hóa - Xã hội", "Phòng Văn hóa – Xã hội chủ trì, phối hợp Ủy ban MTTQ Việt Nam phường thăm hỏi, tặng quà các gia đình chính sách",
     "2025-07-25", coop=["Ủy ban MTTQ Việt Nam phường"]),
   T("Trung tâm Phục vụ hành chính công", "Trung tâm Phục vụ hành chính công lập danh sách các thủ tục còn vướng", None, "weekly"),
   T("Công an phường", "tăng cường tuần tra vào ban đêm tại các khu phố giáp ranh", None, "monthly"),
   T(ALL, "đề nghị cán bộ, công chức phường nêu cao tinh thần trách nhiệm", optional=True)])
d = NEWS("2025-08-19", None); d.pop("chaired_by")
W("1302_an_phu_hdnd_phuong_ky_hop_chuyen_de.txt", d,
  "fresh12 (blind). Rewritten from a city paper's news of a new ward's HĐND session (Aug 2025): section label, headline, ` date` line, "
  "`ĐNO -`, captions with photo credits, figures and the resolutions adopted (noise); the HĐND chairman opens and closes the session "
  "but nobody is said to chair it (chaired_by left out: either reading defensible); the closing speech gives three tasks in three "
  "sentences (`đề nghị UBND phường … ban hành trước ngày 05/9/2025`, `Các Ban HĐND phường … chậm nhất ngày 15/9` (no year), `đề nghị "
  "Ủy ban MTTQ … trong tháng 9/2025`); a line to every delegate (optional); a related link.",
  [T("UBND phường", "đề nghị UBND phường khẩn trương cụ thể hóa các nghị quyết vừa thông qua bằng kế hoạch hành động", "2025-09-05"),
   T("Các Ban HĐND phường", "Các Ban HĐND phường theo chức năng, nhiệm vụ xây dựng kế hoạch giám sát việc thực hiện nghị quyết", "2025-09-15"),
   T("Ủy ban MTTQ Việt Nam phường", "đề nghị Ủy ban MTTQ Việt Nam phường phối hợp tổ chức để đại biểu HĐND tiếp xúc cử tri sau kỳ họp",
     "2025-09-30"),
   T("Đại biểu HĐND phường", "Mỗi đại biểu HĐND phường cần tích cực tuyên truyền kết quả kỳ họp", optional=True)])
d = NEWS("2025-08-22", None); d.pop("chaired_by")
W("1303_thuan_hoa_bao_tin_hdnd_phuong_bay_nghi_quyet.txt", d,
  "fresh12 (blind). Rewritten from a provincial paper's news of a ward HĐND session adopting seven resolutions (Aug 2025): section "
  "label, the caption as the first paragraph, `(HNN) -`, the list of contents and resolutions (noise); (added) the closing speech: "
  "`đề nghị UBND phường … trước ngày 31/10/2025`, `Thường trực HĐND, các Ban HĐND phường … định kỳ hằng quý báo cáo …` (the first "
  "named leads); nobody is said to chair (left out).",
  [T("UBND phường", "đề nghị UBND phường tổ chức triển khai ngay nghị quyết đổi tên các tổ dân phố, hoàn thành việc thay bảng tên", "2025-10-31"),
   T("Thường trực HĐND phường", "Thường trực HĐND, các Ban HĐND phường tăng cường giám sát việc giải ngân vốn đầu tư công", None,
     "quarterly", coop=["Các Ban HĐND phường"])])
W("1304_kon_ray_cong_thong_tin_tra_loi_cu_tri.pdf", NEWS("2026-07-09", None),
  "fresh12 (blind). Rewritten from a provincial portal's news of the answers to voters presented at an HĐND session (Jul 2026) (.pdf "
  "from src/*.txt): the portal's weekday-date line, `Ngày đăng:` stamp and `Mặc định Cỡ chữ` (noise), counts, the province's past "
  "directions to the sở and communes (noise); (added) `UBND tỉnh giao Sở Xây dựng chủ trì … trước ngày 30/9/2026`, `Giao Sở Tài chính "
  "… trong kế hoạch đầu tư công năm 2027 (not a deadline), trình UBND tỉnh trong quý IV/2026`, `Sở Nội vụ … trước ngày 15/10/2026`, "
  "`UBND các xã, phường … chậm nhất ngày 20/11/2026`; the session is the meeting; no chair named.",
  [T("Sở Xây dựng", "giao Sở Xây dựng chủ trì, phối hợp với UBND các xã có tuyến đường bị sạt lở khảo sát", "2026-09-30",
     coop=["UBND các xã có tuyến đường bị sạt lở"]),
   T("Sở Tài chính", "Giao Sở Tài chính tham mưu bố trí kinh phí hỗ trợ nâng cấp các công trình thủy lợi nhỏ", "2026-12-31"),
   T("Sở Nội vụ", "Sở Nội vụ nghiên cứu, đề xuất chế độ phụ cấp đối với người hoạt động không chuyên trách ở thôn, tổ dân phố, báo cáo UBND tỉnh", "2026-10-15"),
   T("UBND các xã, phường", "UBND các xã, phường tiếp tục rà soát, trả lời dứt điểm các kiến nghị thuộc thẩm quyền", "2026-11-20")])
