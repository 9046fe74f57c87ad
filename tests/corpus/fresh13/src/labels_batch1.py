# Gold files of the first fresh13 batch (1401-1405; rewritten news, labelled before any parser run; session 29, corpus18).
from use_common import T, W, NEWS
N = lambda: {"kind": None, "place": None, "issued_on": None, "signed_by": None}
W("1401_van_phong_hdnd_phuong_hoi_nghi_lien_tich.txt", NEWS("2026-11-06", "Lương Thị Hải Yến"),
  "fresh13 (blind). Rewritten from a ward portal's news of the HĐND standing body's joint conference before a session (Nov 2025, "
  "dated Nov 2026 here): all-caps headline, counts of draft papers, the session's opening day (information); the chair's "
  "conclusion in four sentences: `đề nghị UBND phường chỉ đạo các phòng chuyên môn …` (a generic collective directed: the UBND "
  "leads) `chậm nhất ngày 20/11/2026`, `Các Ban HĐND phường … trước ngày 01/12/2026`, the Front `trước kỳ họp` (10/12 printed) "
  "and `trước ngày 25/11` (the earlier cued date), the office `chậm nhất 05 ngày trước ngày khai mạc` (10/12 - 5); the delegates' "
  "own proposal to the delegate groups (optional); `Tin khác` all-caps titles.",
  [T("UBND phường", "đề nghị UBND phường chỉ đạo các phòng chuyên môn tiếp thu ý kiến tại Hội nghị", "2026-11-20"),
   T("Các Ban HĐND phường", "Các Ban HĐND phường chủ động tổ chức thẩm tra các nội dung theo lĩnh vực được phân công", "2026-12-01"),
   T("Ủy ban MTTQ Việt Nam phường", "đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam phường phối hợp với Thường trực HĐND tổ chức cho đại biểu tiếp xúc cử tri",
     "2026-11-25", coop=["Thường trực HĐND phường"], deadline_any=["2026-11-25", "2026-12-10"]),
   T("Văn phòng HĐND và UBND phường", "Văn phòng HĐND và UBND phường chuẩn bị hội trường, tài liệu và các điều kiện phục vụ kỳ họp",
     "2026-12-05", deadline_any=["2026-12-05", "2026-12-10"]),
   T("Các Tổ đại biểu HĐND phường", "đề nghị các Tổ đại biểu sắp xếp thời gian dự đầy đủ các buổi tiếp xúc cử tri", optional=True)])
W("1402_tay_son_hdnd_phuong_thong_qua_chin_nghi_quyet.txt", NEWS("2026-12-28", "Phan Đình Quý"),
  "fresh13 (blind). Rewritten from a provincial paper's news of a new ward's year-end HĐND session (Dec 2025, dated Dec 2026 here): "
  "headline, ` date` line (the posting day, the session the day before), `(GLO)-`, TWO CHAIRS named in one sentence (`Các ông: A - …; "
  "B - … chủ trì kỳ họp`: the first), the resolutions listed and the year's figures (noise); (added) the closing speech: `đề nghị "
  "UBND phường … ban hành trước ngày 10-01-2027` (dashed), the standing body with the Ban and delegate groups `định kỳ hằng quý` "
  "(the first named leads), the Front `trong tháng 01-2027`; `Tin cùng chuyên mục`, `Ý kiến bạn đọc`.",
  [T("UBND phường", "đề nghị UBND phường khẩn trương xây dựng kế hoạch triển khai các nghị quyết vừa được thông qua", "2027-01-10"),
   T("Thường trực HĐND phường", "Thường trực HĐND, các Ban và các Tổ đại biểu HĐND phường tăng cường giám sát việc thực hiện nghị quyết",
     None, "quarterly", coop=["Các Ban HĐND phường", "Các Tổ đại biểu HĐND phường"]),
   T("Ủy ban MTTQ Việt Nam phường", "đề nghị Ủy ban MTTQ Việt Nam phường chủ trì tuyên truyền kết quả kỳ họp đến Nhân dân", "2027-01-31")])
W("1403_dong_hai_ban_thuong_vu_dang_uy_hop_dinh_ky.txt", NEWS("2026-10-14", "Vương Đức Nghĩa"),
  "fresh13 (blind). Rewritten from a ward portal's news of its party standing committee's monthly meeting (Oct 2015, dated Oct 2026 "
  "here): section label, `Ngày đăng … | Lượt xem`, the UBND's report of the first month (noise); the party secretary's conclusion: "
  "`giao UBND phường tiếp tục điều hành … sơ kết mô hình trước ngày 31/12/2026` (the body: the UBND leads), `Đề nghị đồng chí Chủ "
  "tịch UBND phường chỉ đạo Đội Quản lý trật tự đô thị phường phối hợp Công an phường …` (the ward's leader directs a named unit: "
  "the unit leads) `trong tháng 11/2026`, the Front and the mass organisations `trước ngày 15/11/2026`, `Các chi bộ tổ dân phố … vào "
  "sinh hoạt chi bộ hằng tháng` (a frequency of a noun: null, monthly defensible); the byline of the party's department.",
  [T("UBND phường", "giao UBND phường tiếp tục điều hành mô hình khoán quản theo đúng đề án", "2026-12-31"),
   T("Đội Quản lý trật tự đô thị phường", "Đề nghị đồng chí Chủ tịch UBND phường chỉ đạo Đội Quản lý trật tự đô thị phường phối hợp Công an phường tổ chức ra quân",
     "2026-11-30", coop=["Công an phường"]),
   T("Ủy ban MTTQ Việt Nam phường", "Ủy ban MTTQ Việt Nam phường và các đoàn thể chính trị - xã hội vận động hội viên ký cam kết",
     "2026-11-15", coop=["Các đoàn thể chính trị - xã hội phường"]),
   T("Các chi bộ tổ dân phố", "Các chi bộ tổ dân phố đưa nội dung giữ gìn trật tự đô thị vào sinh hoạt chi bộ", None, None,
     recurrence_any=[None, "monthly"])])
W("1404_binh_minh_ra_quan_trat_tu_do_thi.txt", N(),
  "fresh13 (blind). Rewritten from a provincial paper's news of a new ward's launch of an urban-order campaign (Nov 2025, dated Nov "
  "2026 here): ` date` line glued to the headline, captions, the campaign's phases and `Thời gian thực hiện:` hours (a schedule that "
  "names no unit: noise); an event, not a meeting, and nobody said to chair it (meeting_on and chaired_by left out); (added) the "
  "chairman's speech: `giao Công an phường chủ trì, phối hợp với Đội … trước ngày 20/11/2026`, `Phòng Kinh tế, Hạ tầng và Đô thị "
  "rà soát …` (no deadline), `yêu cầu Tổ trưởng các tổ dân phố báo cáo … vào thứ Sáu hằng tuần`; the review after 45 days (information).",
  [T("Công an phường", "giao Công an phường chủ trì, phối hợp với Đội Quản lý trật tự đô thị phường thành lập 04 tổ kiểm tra liên ngành",
     "2026-11-20", coop=["Đội Quản lý trật tự đô thị phường"]),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế, Hạ tầng và Đô thị rà soát, lập danh sách các tuyến phố, điểm tập kết rác"),
   T("Tổ trưởng các tổ dân phố", "yêu cầu Tổ trưởng các tổ dân phố báo cáo kết quả ra quân về UBND phường", None, "weekly")])
W("1405_tuyen_hoa_thanh_pho_phuong_kieu_mau_antt.txt", NEWS("2024-01-23", "Cầm Văn Thuận"),
  "fresh13 (blind). Rewritten from a provincial police site's news of a city's conference on model wards for public order (Jan 2022, "
  "dated Jan 2024 here): a date without a year (the year in the headline), the wards chosen and the decisions adopted (noise); the "
  "conclusion: `đề nghị các thành viên Ban chỉ đạo … kiểm soát tiến độ hằng tháng` (monthly), (added) `Công an thành phố là cơ quan "
  "thường trực, chủ trì … trước ngày 15/02/2024`, `UBND phường Chiềng Sinh và phường Quyết Tiến … trong tháng 02/2024` (a leap "
  "year: 29/02), `Phòng Quản lý đô thị thành phố … trong quý II/2024`; an exhortation to both wards (optional); the byline.",
  [T("Các thành viên Ban chỉ đạo", "đề nghị các thành viên Ban chỉ đạo phân công rõ trách nhiệm, lượng hóa đầu việc", None, "monthly",
     recurrence_any=["monthly", None]),
   T("Công an thành phố", "Công an thành phố là cơ quan thường trực, chủ trì xây dựng bộ tiêu chí chấm điểm", "2024-02-15"),
   T("UBND phường Chiềng Sinh", "UBND phường Chiềng Sinh và phường Quyết Tiến xây dựng kế hoạch chi tiết", "2024-02-29",
     coop=["UBND phường Quyết Tiến"]),
   T("Phòng Quản lý đô thị thành phố", "Phòng Quản lý đô thị thành phố phối hợp lắp đặt camera giám sát", "2024-06-30"),
   T("Cấp ủy, chính quyền 2 phường", "Cấp ủy, chính quyền 2 phường cần nêu cao vai trò lãnh đạo, chỉ đạo", optional=True)])
