# Gold files of the fourth fresh6 batch (710-712; labelled by hand before any parser run; session 25).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("710_nam_son_dang_uy_chi_thi_du_luan_xa_hoi.md",
  {"kind": "chi_thi", "symbol": "CT/ĐU", "number": "04", "place": "Nam Sơn", "issued_on": "2026-04-14",
   "meeting_on": None, "chaired_by": None, "signed_by": "Vũ Thị Thanh Nhàn"},
  "fresh6 (blind). Rewritten from a provincial portal's full-text post of a provincial party standing committee's CHỈ THỊ "
  "(2019), made a ward party committee's chỉ thị of April 2026 (markdown): a portal lead line (`**CTTĐT** - Ngày 14/4, …`) "
  "before the party header as a pipe table (`Số 04-CT/ĐU`, the `*` under the issuer); referenced conclusions and plans with "
  "dates; figures and shortcomings (noise); numbered items with bold subjects: party bodies, `Đồng chí Phó Bí thư, Chủ tịch UBND "
  "phường chỉ đạo Phòng …` (the directed unit leads), `Đề nghị **Ủy ban MTTQ …**`; `sinh hoạt chi bộ định kỳ hằng tháng` (a "
  "noun's frequency), `vào ngày 20 hằng tháng`, `trong quý II/2026`, `chậm nhất ngày 30/6/2026`, `định kỳ 6 tháng`; `chương "
  "trình kiểm tra, giám sát năm 2026 và năm 2027` (not a deadline).",
  [T("Các chi bộ trực thuộc Đảng ủy phường", "Các chi bộ trực thuộc tăng cường lãnh đạo công tác nắm bắt",
     recurrence_any=[None, "monthly"]),
   T("Ban Tuyên giáo và Dân vận Đảng ủy phường", "Ban Tuyên giáo và Dân vận Đảng ủy phường chủ trì, phối hợp với Ủy ban MTTQ Việt Nam phường kiện toàn đội ngũ",
     "2026-06-30", "monthly", coop=["Ủy ban MTTQ Việt Nam phường"]),
   T("Phòng Văn hóa - Xã hội", "Đồng chí Phó Bí thư, Chủ tịch UBND phường chỉ đạo Phòng Văn hóa - Xã hội mở chuyên mục", "2026-06-30"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường và các đoàn thể chính trị - xã hội phường phản ánh kịp thời",
     coop=["Các đoàn thể chính trị - xã hội phường"]),
   T("Ủy ban Kiểm tra Đảng ủy phường", "Ủy ban Kiểm tra Đảng ủy phường đưa việc thực hiện Chỉ thị này vào chương trình kiểm tra"),
   T("Văn phòng Đảng ủy phường", "Văn phòng Đảng ủy phường theo dõi, đôn đốc; định kỳ 6 tháng tham mưu Ban Thường vụ sơ kết", None, "periodic")])
W("711_vinh_lac_chi_thi_chu_tich_sot_xuat_huyet.docx",
  {"kind": "chi_thi", "symbol": "CT-CTUBND", "number": "06", "place": "Vĩnh Lạc", "issued_on": "2024-06-20",
   "meeting_on": None, "chaired_by": None, "signed_by": "Phạm Văn Tuấn"},
  "fresh6 (blind). Rewritten from a legal-text site's copy of a provincial chairman's chỉ thị (`CT-CTUBND`, COVID-19 2021; dengue "
  "in June 2024 here): the site's list of related documents numbered `- 1Chỉ thị …` (noise, dates of referenced documents); header "
  "table; figures (noise); `Giám đốc các sở, Thủ trưởng các ban, ngành …; Chủ tịch UBND các huyện, thành phố` (all units); `2. Sở "
  "Y tế:` over a) b) with two rounds' dates and `trong vòng 48 giờ kể từ khi phát hiện` (not a deadline); `vào thứ Sáu hằng tuần`; "
  "`trước ngày khai giảng năm học 2024 - 2025` (no date); `Chủ tịch UBND các huyện, thành phố chỉ đạo UBND các xã …` (the addressee "
  "leads); `vào sáng Chủ nhật hằng tuần`; `trong tháng 7/2024`; the closing request carries a dated report (a task); Nơi nhận and "
  "the signature in one table.",
  [T(ALL, "Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể cấp tỉnh; Chủ tịch UBND các huyện, thành phố quán triệt, xác định phòng, chống sốt xuất huyết là nhiệm vụ trọng tâm",
     coop=["Chủ tịch UBND các huyện, thành phố"]),
   T("Sở Y tế", "Chủ trì hướng dẫn các địa phương tổ chức chiến dịch diệt lăng quăng", "2024-07-15",
     deadline_any=["2024-07-15", "2024-09-30"]),
   T("Sở Y tế", "Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh giám sát chặt chẽ", None, "weekly"),
   T("Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo chỉ đạo các cơ sở giáo dục tổ chức tổng vệ sinh trường lớp"),
   T("Chủ tịch UBND các huyện, thành phố", "Chủ tịch UBND các huyện, thành phố chỉ đạo UBND các xã, phường, thị trấn thành lập tổ diệt lăng quăng",
     None, "weekly"),
   T("Sở Tài chính", "Sở Tài chính cân đối, tham mưu bố trí kinh phí mua hóa chất", "2024-07-31"),
   T("Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông, Báo Vĩnh Lạc, Đài Phát thanh và Truyền hình tỉnh tăng cường thông tin",
     coop=["Báo Vĩnh Lạc", "Đài Phát thanh và Truyền hình tỉnh"]),
   T("Ủy ban MTTQ Việt Nam tỉnh", "Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội vận động Nhân dân hưởng ứng",
     coop=["Các tổ chức chính trị - xã hội tỉnh"]),
   T(ALL, "yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố nghiêm túc thực hiện Chỉ thị này; báo cáo kết quả",
     "2024-10-15", coop=["Chủ tịch UBND các huyện, thành phố"])])
W("712_binh_hung_tin_in_trang_chay_rung.txt", NEWS(None, None),
  "fresh6 (blind). Rewritten from a provincial portal's PRINT page of a short item on the UBND tỉnh's công văn on forest fires "
  "(May 2019; May 2024 here): `In trang | Đóng`, `Ngày đăng:`; the công văn's number and date (not a deadline); a forecast "
  "`kéo dài trong tháng 5 năm 2024` (information, not a deadline); one request to heads of departments and district chairmen "
  "(all units) pointing to an attachment; a `Trong đó, giao X chủ trì …` sentence with a dated report; a byline. A portal item: "
  "every document field null.",
  [T(ALL, "UBND tỉnh yêu cầu Giám đốc các Sở, Thủ trưởng các ban ngành và Chủ tịch UBND các huyện, thành phố, thị xã triển khai thực hiện tốt các nội dung tại công văn này",
     coop=["Chủ tịch UBND các huyện, thành phố, thị xã"]),
   T("Chi cục Kiểm lâm tỉnh", "giao Chi cục Kiểm lâm tỉnh chủ trì kiểm tra, đôn đốc các chủ rừng", "2024-05-31")])
