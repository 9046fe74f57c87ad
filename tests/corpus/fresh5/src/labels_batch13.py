# Gold files of the thirteenth fresh5 batch (labelled by hand before any parser run; session 25).
from labels_common import T, W, NEWS
W("612_tan_thoi_tra_loi_du_luan_xa_hoi.txt", NEWS(None, None),
  "fresh5 (blind). Rewritten from a district portal's monthly answers to public opinion (2016, dated 2024 here): a visit "
  "counter as noise; `N. Lĩnh vực …:` over `N.M` items, each a petition (its source unit in a trailing parenthesis: noise) "
  "and a `Trả lời:` paragraph whose assignment is the task; past actions and the district's own follow-up (optional); "
  "`hoàn thành trong tháng 6/2024`, `trước ngày 15/6/2024`, `trước ngày 05 hằng tháng`, `vào tối thứ Bảy, Chủ nhật hằng "
  "tuần`, `trong quý III/2024`; the district directs a ward (the ward leads). A portal page of answers: every document field null.",
  [T("Phòng Quản lý đô thị quận", "Ủy ban nhân dân quận giao Phòng Quản lý đô thị quận phối hợp Ủy ban nhân dân phường Tân Chánh lập phương án sửa chữa",
     "2024-06-30", coop=["UBND phường Tân Chánh"]),
   T("UBND quận", "Ủy ban nhân dân quận sẽ tiếp tục theo dõi, đôn đốc chủ đầu tư hoàn thành dự án", None, optional=True),
   T("Phòng Văn hóa và Thông tin quận", "Ủy ban nhân dân quận giao Phòng Văn hóa và Thông tin quận chủ trì, phối hợp Công an quận",
     "2024-06-15", coop=["Công an quận", "UBND phường Đông Hưng"]),
   T("UBND các phường", "đề nghị Ủy ban nhân dân các phường rà soát, lập danh sách đối tượng tăng, giảm", None, "monthly"),
   T("UBND phường Thạnh Lộc", "Ủy ban nhân dân phường Thạnh Lộc phối hợp Đội Quản lý trật tự đô thị quận lắp đặt camera giám sát",
     None, "weekly", coop=["Đội Quản lý trật tự đô thị quận"]),
   T("Ban Quản lý dự án đầu tư xây dựng khu vực quận", "Ủy ban nhân dân quận giao Ban Quản lý dự án đầu tư xây dựng khu vực quận khảo sát, đề xuất phương án nạo vét",
     "2024-09-30")])
W("613_bac_ha_ke_hoach_cao_diem_an_ninh_co_so.txt",
  {"kind": "ke_hoach", "symbol": "KH-UBND", "number": "412", "place": "Bắc Hà", "issued_on": "2026-12-21",
   "meeting_on": None, "chaired_by": None, "signed_by": "Lê Quang Thịnh"},
  "fresh5 (blind). Rewritten from a city (provincial-level) plan of December 2025 (names, numbers and dates changed): "
  "footnote markers `[1]`, `[2]` in the text and the footnotes after the signature (referenced documents' dates: noise); "
  "Thời gian thực hiện in three rounds (a schedule that names no unit: noise); Nội dung items with no unit (optional, null); "
  "Tổ chức thực hiện with numbered unit headings (no verb) over `-` bullets or one paragraph; `Sở Nội vụ (Ban Thi đua - Khen thưởng)`; "
  "`Đề nghị Ủy ban MTTQ …` heading; two dates in one task; `vào tối thứ Tư hằng tuần`; `định kỳ hằng tháng (trước ngày 20)`; "
  "`trong dự toán ngân sách năm 2027` (not a deadline); the closing difficulties line (noise).",
  [T(None, "Nắm chắc tình hình địa bàn, kịp thời phát hiện, thông báo", optional=True),
   T(None, "Tham gia tuần tra, kiểm soát, bảo vệ các mục tiêu", optional=True),
   T(None, "Vận động Nhân dân giao nộp vũ khí, vật liệu nổ", optional=True),
   T("Công an tỉnh", "Là cơ quan thường trực, chủ trì tham mưu UBND tỉnh hướng dẫn, kiểm tra, đôn đốc"),
   T("Công an tỉnh", "Tổng hợp kết quả từng đợt, báo cáo UBND tỉnh trước ngày 10/02/2027", "2027-02-10",
     deadline_any=["2027-02-10", "2027-05-10"]),
   T("Sở Nội vụ", "Hướng dẫn nội dung, tiêu chí thi đua; thẩm định hồ sơ đề nghị khen thưởng", "2027-05-31"),
   T("Sở Tài chính", "Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán"),
   T("Báo và Phát thanh, Truyền hình Bắc Hà", "Mở chuyên mục \"Vì bình yên cơ sở\", phát sóng vào tối thứ Tư hằng tuần", None, "weekly"),
   T("Ủy ban MTTQ Việt Nam tỉnh", "Chỉ đạo Ban Công tác Mặt trận ở khu dân cư phối hợp Công an cấp xã vận động"),
   T("UBND các xã, phường", "Xây dựng kế hoạch cụ thể của địa phương, ban hành xong trước ngày 05/01/2027", "2027-01-05"),
   T("UBND các xã, phường", "Bảo đảm kinh phí, trang phục, công cụ hỗ trợ cho lực lượng tham gia"),
   T("UBND các xã, phường", "Báo cáo kết quả định kỳ hằng tháng (trước ngày 20) về UBND tỉnh", None, "monthly")])
W("614_tuyen_son_tin_cong_van_khan_mua_lon.txt", NEWS(None, None),
  "fresh5 (blind). Rewritten from a provincial newspaper's summary of the UBND tỉnh's urgent letter on heavy rain (September "
  "2025, dated 2026 here): posting date and time; referenced documents' dates; a photo caption naming a commune's forces; prose "
  "paragraphs where each sentence has its own subject (`UBND tỉnh yêu cầu các xã, phường, cơ quan chức năng …` → the communes and "
  "wards, written without UBND; a passive `Lực lượng chức năng được giao …` (optional, no unit); `các địa phương, đơn vị` (all "
  "units)); plural heads with a parenthesis of names; `trước 17 giờ ngày 14/9` without a year (the posting year); a company; "
  "`trước 16 giờ hằng ngày`; a statistic and a byline (noise). A newspaper summary of a letter: every document field null.",
  [T("UBND các xã, phường", "UBND tỉnh yêu cầu các xã, phường, cơ quan chức năng theo dõi chặt chẽ bản tin dự báo", coop=["cơ quan chức năng"]),
   T(None, "Lực lượng chức năng được giao nhiệm vụ canh gác, kiểm soát giao thông tại các ngầm", optional=True),
   T("Các phòng, ban, đơn vị", "các địa phương, đơn vị phải rà soát công trình xung yếu, hồ chứa nhỏ đã đầy nước"),
   T("Chủ tịch UBND các xã có nguy cơ sạt lở cao", "Chủ tịch UBND các xã có nguy cơ sạt lở cao (Yên Hòa, Lâm Bình, Hồng Quang, Thượng Lâm) chịu trách nhiệm hoàn thành việc di dời",
     "2026-09-14"),
   T("Sở Xây dựng", "Sở Xây dựng chỉ đạo các đơn vị quản lý, bảo trì đường bộ bố trí lực lượng, vật tư"),
   T("Công ty TNHH một thành viên Khai thác công trình thủy lợi Tuyên Sơn", "vận hành các hồ chứa đúng quy trình, thông báo cho chính quyền vùng hạ du"),
   T("Báo và Phát thanh, Truyền hình Tuyên Sơn", "Báo và Phát thanh, Truyền hình Tuyên Sơn tăng thời lượng đưa tin về diễn biến mưa lũ"),
   T("Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường tổ chức trực ban nghiêm túc, theo dõi, đôn đốc các địa phương", None, "periodic")])
W("615_binh_an_tin_hoi_nghi_bch_dang_bo_phuong.txt", NEWS("2026-12-30", "Lâm Thị Ngọc Hà"),
  "fresh5 (blind). Rewritten from a city newspaper's report of a ward party committee's year-end conference (December 2025, "
  "dated 2026 here): posting date; results and statistics; a caption; the ward's priorities with no subject (optional, null); the "
  "party secretary's requests in prose: `đề nghị UBND phường chỉ đạo Trung tâm …` (the UBND, the addressee, leads), a sentence "
  "with two subjects joined by `;` (two tasks), `Bà cũng đề nghị X …; Y …`; dates written `20-1-2027`; `trong quý I/2027`; `vào "
  "tối thứ Sáu, thứ Bảy hằng tuần`; `vào thứ Hai hằng tuần`; a byline. The conference day `Chiều 30-12` takes the posting year; "
  "the secretary chairs it.",
  [T(None, "nâng tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình lên trên 85%", optional=True),
   T("UBND phường Bình An", "đề nghị UBND phường chỉ đạo Trung tâm Phục vụ hành chính công phường rà soát toàn bộ quy trình nội bộ", "2027-03-31"),
   T("Công an phường", "Công an phường chủ trì, phối hợp Ban Chỉ huy Quân sự phường xây dựng phương án", "2027-01-20",
     coop=["Ban Chỉ huy Quân sự phường"]),
   T("Các Tổ bảo vệ an ninh, trật tự cơ sở", "các Tổ bảo vệ an ninh, trật tự cơ sở tuần tra vào tối thứ Sáu, thứ Bảy hằng tuần", None, "weekly"),
   T("Ủy ban MTTQ Việt Nam phường", "đề nghị Ủy ban MTTQ Việt Nam phường chủ trì vận động chương trình", "2027-01-25"),
   T("Ban Tuyên giáo và Dân vận Đảng ủy phường", "Ban Tuyên giáo và Dân vận Đảng ủy phường nắm tình hình dư luận", None, "weekly"),
   T("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội phường rà soát, chăm lo đầy đủ các gia đình chính sách")])
