# Gold files of the third fresh10 batch (1107-1109; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
W("1107_an_phu_tin_thuong_truc_hdnd_giam_sat_kien_nghi_cu_tri.txt", NEWS("2026-11-26", "Lâm Thị Kiều"),
  "fresh10 (blind). Rewritten from a provincial council site's `Thông tin cơ sở` item on a commune council's supervision of the "
  "answers to voters (May 2018 there, Nov 2026 here): `Cập nhật:` stamp, `In bài | Gửi email`; the team leader `làm Trưởng đoàn` "
  "(chair); figures and the members' questions (noise); ONE concluding paragraph: `đề nghị UBND xã cần … và nạo vét …` (one task), "
  "`; đồng thời đề nghị UBND xã … trong tháng 12/2026 đến giữa tháng 01/2027` (a range: its end, the middle of January; the "
  "month's end defensible), `Giao Ban Kinh tế - Ngân sách HĐND xã … tại phiên họp Thường trực HĐND xã tháng 01/2027` (added; "
  "no date printed: null, the month's end defensible); the signing body as author; a comment form.",
  [T("UBND xã", "đề nghị UBND xã cần tập trung kiến nghị cấp trên để sớm sửa chữa tuyến đường"),
   T("UBND xã", "đề nghị UBND xã sớm triển khai công tác dân vận đối với các hộ có đất", "2027-01-15",
     deadline_any=["2027-01-31", None]),
   T("Ban Kinh tế - Ngân sách HĐND xã", "Giao Ban Kinh tế - Ngân sách HĐND xã theo dõi việc thực hiện", None,
     deadline_any=[None, "2027-01-31"])])
W("1108_son_my_tin_hdnd_huyen_giam_sat_hdnd_xa_tinh_an.md", NEWS("2025-04-22", "Phan Công Hậu"),
  "fresh10 (blind). Rewritten from a district portal's item on the district council's supervision of a commune council (Apr 2022 "
  "there, Apr 2025 here, before the reform) (markdown): a skip link, the portal's name in bold, `#` title, the date, an image and "
  "its caption, a stray `.` line; `làm trưởng Đoàn` (chair); figures including `mỗi năm 02 lần` (noise, past); `đề nghị:` over "
  "three `-` bullets (added) each naming its body: `Thường trực HĐND xã … tại kỳ họp cuối năm 2025` (no date: null), `Các Ban "
  "HĐND xã mỗi năm tổ chức ít nhất 02 cuộc …` (periodic), `UBND xã Tịnh An … trước ngày 15/5/2025`; bold byline, share links.",
  [T("Thường trực HĐND xã Tịnh An", "Thường trực HĐND xã xây dựng chương trình giám sát năm 2026"),
   T("Các Ban HĐND xã Tịnh An", "Các Ban HĐND xã mỗi năm tổ chức ít nhất 02 cuộc giám sát", None, "periodic"),
   T("UBND xã Tịnh An", "UBND xã Tịnh An trả lời bằng văn bản các kiến nghị sau giám sát", "2025-05-15")])
W("1109_hoa_phong_tin_giam_sat_hdnd_xa_hoa_thang_dong.pdf", NEWS("2024-07-16", "Lê Văn Thành"),
  "fresh10 (blind). Rewritten from a district portal's item on the district council's supervision of a commune council (Jul, year "
  "only in the deadlines: 2024 here) (.pdf from the text filter, lines wrapped as printed): the headline over two lines, `Ngày "
  "16/7` without a year under a posting stamp `17/07/2024 | 10:25` (the year from it), two captions, attendees and figures (noise); `đề nghị:` over four `-` "
  "bullets whose lines wrap (added): the standing committee, `Các Ban HĐND xã … trước ngày 31/7/2024`, `UBND xã … trong quý "
  "III/2024`, a công chức title; byline.",
  [T("Thường trực HĐND xã Hòa Thắng Đông", "Thường trực HĐND xã chủ động điều hòa, phối hợp hoạt động của các"),
   T("Các Ban HĐND xã Hòa Thắng Đông", "Các Ban HĐND xã nâng cao chất lượng thẩm tra báo cáo, đề án", "2024-07-31"),
   T("UBND xã Hòa Thắng Đông", "UBND xã thực hiện nghiêm túc các kiến nghị sau giám sát, báo cáo", "2024-09-30"),
   T("Công chức Văn phòng - Thống kê xã", "Công chức Văn phòng - Thống kê xã lưu trữ đầy đủ hồ sơ kỳ họp")])
