# Gold files of the fifth fresh10 batch (1113-1115; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
W("1113_to_rang_tin_chu_tich_huyen_lam_viec_sau_tet.txt", NEWS("2025-02-12", "Võ Đình Phúc"),
  "fresh10 (blind). Rewritten from a commune subsite's item on the district chairman's working session after Tết (Feb 2019 there, "
  "Feb 2025 here, before the reform): `CHUYÊN MỤC`, `(ngày đăng bài: …)`, `Sáng 12 tháng 2` without a year (the posting line gives "
  "it), an image file name, paragraphs indented with spaces; the commune chairman's report (noise); `đề nghị UBND xã cần đoàn "
  "kết, thống nhất …` (an exhortation: optional); (added) `Cụ thể, UBND xã chỉ đạo các thôn, làng … trước ngày 30/6/2025` (the "
  "UBND leads: directing a generic collective), `Giao Phòng Tài chính - Kế hoạch huyện phối hợp với xã … trong tháng 3/2025`, "
  "`Phòng Nông nghiệp và PTNT huyện … vào thứ Tư hằng tuần`; byline with the district office.",
  [T("UBND xã Tơ Rang", "đề nghị UBND xã cần đoàn kết, thống nhất, quyết tâm, quyết liệt", optional=True),
   T("UBND xã Tơ Rang", "UBND xã chỉ đạo các thôn, làng ra quân gieo trồng vụ Đông Xuân", "2025-06-30"),
   T("Phòng Tài chính - Kế hoạch huyện", "Giao Phòng Tài chính - Kế hoạch huyện phối hợp với xã rà soát các công trình",
     "2025-03-31", coop=["UBND xã Tơ Rang"]),
   T("Phòng Nông nghiệp và Phát triển nông thôn huyện", "Phòng Nông nghiệp và PTNT huyện cử cán bộ kỹ thuật hướng dẫn xã",
     None, "weekly")])
W("1114_hai_thinh_tin_bcd_phong_chong_dich_ta_lon.docx", NEWS("2026-03-16", "Phạm Xuân Vinh"),
  "fresh10 (blind). Rewritten from a commune portal's item on its epidemic steering committee's meeting (Jan 2021 there, Mar 2026 "
  "here) (.docx from the text filter): the date line first, `Lượt xem:`, lines broken in mid-sentence as pasted (every line a "
  "paragraph); a past step naming a unit (`thời gian qua Phòng Kinh tế xã đã tập huấn …`: noise); (added) `yêu cầu:` over four "
  "unnumbered lines each opening with its unit and wrapping onto a second line: `trước 16 giờ hằng ngày` (periodic), a control "
  "post `trong thời gian 21 ngày kể từ ngày phát hiện ổ dịch` (a duration: null), `Trưởng các thôn …`, `02 lần/tuần` (weekly); a "
  "line to households (optional, no unit).",
  [T("Phòng Kinh tế xã", "Phòng Kinh tế xã chủ trì, phối hợp với thú y viên các thôn kiểm tra", None, "periodic",
     coop=["Thú y viên các thôn"]),
   T("Công an xã", "Công an xã lập chốt kiểm soát việc vận chuyển lợn ra, vào vùng dịch"),
   T("Trưởng các thôn", "Trưởng các thôn tuyên truyền trên loa truyền thanh để người dân không bán chạy"),
   T("Trung tâm Dịch vụ sự nghiệp công xã", "Trung tâm Dịch vụ sự nghiệp công xã phun hóa chất tiêu độc khử trùng", None,
     "weekly"),
   T(None, "Các hộ chăn nuôi chủ động vệ sinh chuồng trại, không sử dụng thức ăn thừa", optional=True)])
W("1115_an_nhon_dong_tin_hoi_nghi_nhan_dan_thang_10.txt", NEWS("2026-10-29", "Vương Hoài Phong"),
  "fresh10 (blind). Rewritten from a ward portal's item on its monthly PEOPLE'S CONFERENCE (Apr 2022 there, Oct 2026 here), keeping "
  "the page's typos (`Thực hiến Kê hoạch`, `Ủy ban nhân phường`, `Phó Chũ tịch`, `Sáng ngày ngày`, `nhân nhân`) and a paragraph "
  "indented by one space; the purpose paragraph and attendees (noise); delegates' opinions, one of them `có ý kiến đề nghị Công an phường nên tăng cường …` (an opinion, not an assignment: noise); `Thay mặt cho chủ trì hội nghị "
  "ông … - Chủ tịch UBND cảm ơn …` (the chair); (added) `Đồng thời tiếp thu và giao X … trước ngày 10/11/2026; Công an phường phối "
  "hợp Ban điều hành khu phố 4 … vào tối thứ Bảy hằng tuần; Ban điều hành các khu phố … trước ngày 25 hằng tháng …` (three "
  "subjects in one sentence); `Lượt xem:`. The first choice of source for 1115 was also taken by fresh11 and was replaced.",
  [T("Phòng Kinh tế, Hạ tầng và Đô thị", "giao Phòng Kinh tế, Hạ tầng và Đô thị phường kiểm tra, xử lý các điểm tập kết rác",
     "2026-11-10"),
   T("Công an phường", "Công an phường phối hợp Ban điều hành khu phố 4 xử lý tình trạng tụ tập", None, "weekly",
     coop=["Ban điều hành khu phố 4"]),
   T("Ban điều hành các khu phố", "Ban điều hành các khu phố tổng hợp kiến nghị của nhân dân gửi về UBND phường", None,
     "monthly")])
