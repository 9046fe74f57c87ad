# Gold files of the first fresh6 batch (701-703; labelled by hand before any parser run; session 25).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("701_quang_lac_chi_thi_don_tet.txt",
  {"kind": "chi_thi", "symbol": "CT-UBND", "number": "02", "meeting_on": None, "chaired_by": None, "signed_by": "Trần Minh Khang"},
  "fresh6 (blind). Rewritten from a town portal's full-text post of the chairman's Tết chỉ thị (2021, dated January 2025 here, "
  "before the two-level reform): a posting line and an intro naming the number and the signer, then the body without a header "
  "(place and signing date are not printed as a place-and-date line: those keys are left out); numbered items each with its own "
  "subject; a lunar date in a parenthesis; `trước 15 giờ hằng ngày từ ngày 27/01 đến hết ngày 02/02/2025`; the closing `yêu cầu "
  "Thủ trưởng …` (optional).",
  [T(ALL, "Các phòng, ban, ngành, các xã, phường quán triệt, thực hiện nghiêm chỉ đạo của Trung ương", coop=["UBND các xã, phường"]),
   T("Phòng Kinh tế", "Phòng Kinh tế chủ trì, phối hợp với Đội Quản lý thị trường số 4 và các đơn vị liên quan theo dõi", "2025-01-20",
     coop=["Đội Quản lý thị trường số 4"]),
   T("Phòng Văn hóa và Thông tin", "Phòng Văn hóa và Thông tin hướng dẫn các xã, phường trang trí cờ, hoa", "2025-01-22"),
   T("Phòng Lao động - Thương binh và Xã hội", "Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với UBND các xã, phường rà soát danh sách người có công",
     "2025-01-25", coop=["UBND các xã, phường"]),
   T("Trung tâm Y tế thị xã", "Trung tâm Y tế thị xã chỉ đạo các trạm y tế xã, phường bố trí trực cấp cứu"),
   T("Công an thị xã", "Công an thị xã mở đợt cao điểm tấn công, trấn áp các loại tội phạm", None, "periodic",
     deadline_any=[None, "2025-02-02"]),
   T("Ban Chỉ huy Quân sự thị xã", "Ban Chỉ huy Quân sự thị xã phối hợp với Công an thị xã duy trì nghiêm chế độ trực", coop=["Công an thị xã"]),
   T("Ủy ban MTTQ Việt Nam thị xã", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị xã và các đoàn thể chính trị - xã hội vận động đoàn viên",
     coop=["Các đoàn thể chính trị - xã hội thị xã"]),
   T("Chủ tịch UBND các xã, phường", "Chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND thị xã về công tác bảo đảm an ninh",
     "2025-01-24"),
   T(ALL, "Chủ tịch UBND thị xã yêu cầu Thủ trưởng các phòng, ban, ngành, Chủ tịch UBND các xã, phường nghiêm túc triển khai thực hiện Chỉ thị này",
     optional=True)])
W("702_thuan_hai_chi_thi_ky_cuong_hanh_chinh.pdf",
  {"kind": "chi_thi", "symbol": "CT-UBND", "number": "21", "place": "Thuận Hải", "issued_on": "2026-12-28",
   "meeting_on": None, "chaired_by": None, "signed_by": "Lê Văn Thạch"},
  "fresh6 (blind). Rewritten from a legal-text site's copy of a city chỉ thị on administrative discipline (December 2025, dated "
  "2026 here; two-level government): the site's metadata table (`Ngày có hiệu lực`, `Người ký`) and the header cells split by `|` "
  "lines; an assessment with a percentage (noise); `Giám đốc các sở, ban, ngành; Chủ tịch UBND các xã, phường:` (heads of a "
  "collective → all units) over a) b) c); `Giám đốc Sở Nội vụ:` over a) b); inline heads (`Chánh Văn phòng …`, `Giám đốc Trung "
  "tâm …`); `định kỳ hằng quý`, `vào tuần cuối mỗi tháng`, `trong quý I/2027`, `định kỳ 6 tháng, năm … trước ngày 10/6/2027 và "
  "ngày 10/12/2027`; a closing exhortation (optional); Nơi nhận.",
  [T(ALL, "Quán triệt đến từng cán bộ, công chức, viên chức nội dung Chỉ thị này", "2027-01-15", coop=["Chủ tịch UBND các xã, phường"]),
   T(ALL, "Rà soát toàn bộ nhiệm vụ được UBND thành phố giao còn tồn đọng", "2027-01-20", coop=["Chủ tịch UBND các xã, phường"]),
   T(ALL, "Thực hiện nghiêm việc công khai xin lỗi người dân, doanh nghiệp", coop=["Chủ tịch UBND các xã, phường"]),
   T("Sở Nội vụ", "Chủ trì tổ chức kiểm tra công vụ đột xuất tại các sở, ngành", None, "quarterly"),
   T("Sở Nội vụ", "Tham mưu sửa đổi tiêu chí đánh giá, xếp loại cán bộ, công chức", "2027-03-31"),
   T("Văn phòng UBND thành phố", "Chánh Văn phòng UBND thành phố theo dõi, đôn đốc tiến độ thực hiện nhiệm vụ", None, "monthly",
     recurrence_any=["monthly", None]),
   T("Trung tâm Phục vụ hành chính công thành phố", "Giám đốc Trung tâm Phục vụ hành chính công thành phố chủ trì, phối hợp với UBND các xã, phường giám sát",
     None, "monthly", coop=["UBND các xã, phường"]),
   T("Sở Khoa học và Công nghệ", "Giám đốc Sở Khoa học và Công nghệ hoàn thiện kết nối liên thông phần mềm", "2027-03-31"),
   T("Ủy ban MTTQ Việt Nam thành phố", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố chỉ đạo Ủy ban Mặt trận"),
   T(ALL, "Giám đốc các sở, ban, ngành, Chủ tịch UBND các xã, phường định kỳ 6 tháng, năm báo cáo kết quả", "2027-06-10", "periodic",
     coop=["Chủ tịch UBND các xã, phường"], deadline_any=["2027-06-10", "2027-12-10"]),
   T(ALL, "Chủ tịch UBND thành phố yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc thực hiện", optional=True)])
W("703_hong_an_tin_ung_pho_bao_so_5.txt", NEWS("2026-09-13", "Phạm Quốc Việt"),
  "fresh6 (blind). Rewritten from a ward portal's news of a storm-response conference (July 2025, dated September 2026 here): "
  "a capitalised headline with a full stop, the posting date; decisions adopted and figures (noise); a KDC's request to the ward "
  "(noise); the chairman's request to `các thành viên BCH PCTT và TKCN phường và các cơ quan, đơn vị, KDC` with `hàng giờ`; a "
  "subject-less follow-up sentence (optional, same addressees); then one paragraph of five sentences, each with its own subject; "
  "`trước 17 giờ ngày 15/9`, `xong trong ngày 15/9` without a year; `trước 16 giờ hằng ngày`; a byline.",
  [T("Các thành viên Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn phường",
     "yêu cầu các thành viên BCH PCTT và TKCN phường và các cơ quan, đơn vị, KDC bám sát diễn biến của cơn bão", None, "periodic",
     coop=["Các cơ quan, đơn vị", "Các khu dân cư"], recurrence_any=["periodic", None]),
   T("Các thành viên Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn phường",
     "Đẩy mạnh công tác thông tin tuyên truyền trên hệ thống loa truyền thanh", optional=True),
   T("Công an phường", "Giao Công an phường chủ trì, phối hợp với Ban Chỉ huy Quân sự phường bố trí lực lượng chốt chặn",
     coop=["Ban Chỉ huy Quân sự phường"]),
   T("Trưởng các khu dân cư", "Trưởng các khu dân cư rà soát, lập danh sách hộ đang ở nhà yếu", "2026-09-15"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế, Hạ tầng và Đô thị phường kiểm tra, cắt tỉa cây xanh", "2026-09-15"),
   T("Trạm Y tế phường", "Trạm Y tế phường chuẩn bị cơ số thuốc, hóa chất khử khuẩn"),
   T("Văn phòng HĐND và UBND phường", "Văn phòng HĐND và UBND phường tổng hợp tình hình, báo cáo UBND thành phố", None, "periodic")])
