# Writes the gold files of the first fresh5 batch (labelled by hand before any parser run).
from labels_common import T, W, NEWS

W("601_dai_phong_cong_dien_khan_bao.txt",
  {"kind": "cong_dien", "symbol": "CĐ-UBND", "number": "07", "place": None, "issued_on": "2024-10-21",
   "meeting_on": None, "chaired_by": None, "signed_by": "Lê Văn Thảo"},
  "fresh5 (blind). Rewritten from a district công điện khẩn (2013, dated 2024 here): the date on the Số line with the hour "
  "and no place; `ĐIỆN:` over indented addressees; `Ban Chỉ huy PCTT-TKCN`; an item with two subjects; `03 lần/ngày`, "
  "`trước 16 giờ hằng ngày cho đến khi bão tan`; the closing `yêu cầu Thủ trưởng …` (optional).",
  [T("Chủ tịch UBND các xã - thị trấn", "Chủ tịch UBND các xã - thị trấn tổ chức trực ban 24/24 giờ, kiểm tra lại phương án sơ tán dân", "2024-10-22"),
   T("Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn huyện", "Ban Chỉ huy PCTT-TKCN huyện phân công các thành viên xuống địa bàn các xã trọng điểm", None, "periodic"),
   T("Phòng Nông nghiệp và Phát triển nông thôn huyện", "Phòng Nông nghiệp và PTNT huyện phối hợp Trạm Thủy nông kiểm tra các hồ chứa", coop=["Trạm Thủy nông"]),
   T("Các trường học trên địa bàn huyện", "Các trường học trên địa bàn huyện cho học sinh nghỉ học ngày 22/10/2024", "2024-10-22", deadline_any=["2024-10-22", None]),
   T("Phòng Giáo dục và Đào tạo huyện", "Phòng Giáo dục và Đào tạo huyện thông báo đến phụ huynh học sinh trước 20 giờ", "2024-10-21"),
   T("Trung tâm Văn hóa - Thông tin và Thể thao huyện", "Trung tâm Văn hóa - Thông tin và Thể thao huyện tăng thời lượng phát tin về diễn biến của bão", None, "periodic"),
   T("Công an huyện", "Công an huyện, Ban Chỉ huy Quân sự huyện bố trí lực lượng, phương tiện sẵn sàng ứng cứu", coop=["Ban Chỉ huy Quân sự huyện"]),
   T("Các phòng, ban, đơn vị", "yêu cầu Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các xã - thị trấn khẩn trương triển khai", optional=True)])

W("602_phuc_an_tin_tuyen_pho_van_minh.txt", NEWS("2025-09-11", "Trịnh Thu Hằng"),
  "fresh5 (blind). Rewritten from a ward portal item on a 'tuyến phố văn minh' review (2019, dated 2025 here): attendees and "
  "a report of shortcomings as noise; `kết luận như sau:` over numbered items with `Giao phòng X, Đội Y …` (two units), "
  "`Đề nghị Ủy ban MTTQ … chỉ đạo các Ban Công tác Mặt trận …` (the addressee leads); `vào ngày 25 hằng tháng`; a byline.",
  [T("Phòng Kinh tế, Hạ tầng và Đô thị", "Giao phòng Kinh tế, Hạ tầng và Đô thị, Đội Quản lý trật tự đô thị phường lập danh sách các trường hợp vi phạm", "2025-09-18", coop=["Đội Quản lý trật tự đô thị phường"]),
   T("Phòng Văn hóa - Xã hội", "Giao phòng Văn hóa - Xã hội phối hợp với các tổ dân phố có tuyến đường đi qua", "2025-09-30", coop=["Các tổ dân phố"]),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường chỉ đạo các Ban Công tác Mặt trận tổ dân phố giám sát", None, "monthly"),
   T("Công an phường", "Công an phường tăng cường tuần tra, xử lý các trường hợp để xe, bày bán hàng hóa"),
   T("Văn phòng HĐND và UBND phường", "Giao Văn phòng HĐND và UBND phường tổng hợp kết quả, tham mưu văn bản báo cáo UBND Thành phố", "2025-09-30")])

W("616_kim_giang_zalo_giao_viec.txt", NEWS("2026-12-09", None),
  "fresh5 (blind). Hand-written: a Zalo post of the office with emoji bullets and abbreviations (`VP`, `P.VH-XH`, `CA P. + BCHQS P.`, "
  "`P.KT (HT&ĐT)`, `TT PVHCC`, `Các TDP`); the post has no year (deadlines in Dec 2026 / Jan 2027); `trước Tết Nguyên đán` (null) with "
  "a weekly report; `chậm nhất 05 ngày làm việc kể từ hôm nay` (from the meeting day 09/12, a Wednesday); `tuần đầu tháng 1/2027`.",
  [T("Văn phòng HĐND và UBND phường", "VP: tổng hợp BC KT-XH năm 2026, gửi CT trước 16h thứ Sáu 18/12", "2026-12-18"),
   T("Phòng Văn hóa - Xã hội", "P.VH-XH: rà soát DS hộ nghèo, cận nghèo để tặng quà Tết", None, "weekly"),
   T("Công an phường", "CA P. + BCHQS P.: xây dựng PA đảm bảo ANTT dịp Tết Dương lịch, trình CT trước 25/12", "2026-12-25", coop=["Ban Chỉ huy Quân sự phường"]),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "P.KT (HT&ĐT): kiểm tra các công trình XD sai phép trên tuyến Hoàng Đạo Thành", "2026-12-16", deadline_any=["2026-12-16", "2026-12-14"]),
   T("Trung tâm Phục vụ hành chính công", "TT PVHCC: công khai lại bộ TTHC sau sắp xếp, tuần đầu tháng 1/2027 phải xong", "2027-01-07", deadline_any=["2027-01-07", None]),
   T("Các tổ dân phố", "Các TDP: vận động bà con treo cờ Tết, dọn VS ngõ xóm")])

W("617_dinh_cong_thong_bao_giao_cuoi_cau.md",
  {"kind": "thong_bao", "symbol": "TB-VP", "number": "318", "place": "Định Công", "issued_on": "2026-04-14",
   "meeting_on": "2026-04-10", "chaired_by": "Đỗ Quang Vinh", "signed_by": "Lương Thị Hạnh"},
  "fresh5 (blind). Hand-written (markdown): every unit comes AFTER its task, as a trailing `(Giao: X)` on the next line or "
  "`— X thực hiện`; `(Giao: X; phối hợp: Y)`; `trong quý II/2026`; `vào thứ Sáu hằng tuần`; `chậm nhất 05 ngày làm việc kể từ "
  "ngày ký` (signed Tuesday 14/4); `định kỳ 6 tháng một lần`; a deputy office head signs.",
  [T("Công an phường", "Cập nhật đầy đủ dữ liệu dân cư của 100% hộ gia đình vào phần mềm quản lý", "2026-06-30"),
   T("Trung tâm Phục vụ hành chính công", "Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình đối với các thủ tục hộ tịch", None, "weekly"),
   T("Văn phòng HĐND và UBND phường", "Số hóa hồ sơ lưu trữ giai đoạn 2020 - 2024 theo danh mục đã được phê duyệt", "2026-06-30", coop=["Phòng Văn hóa - Xã hội"]),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Rà soát hạ tầng mạng, camera tại trụ sở và các nhà văn hóa tổ dân phố", "2026-04-21", deadline_any=["2026-04-21", "2026-04-19"]),
   T("Phòng Văn hóa - Xã hội", "Tổ chức tập huấn kỹ năng số cho tổ công nghệ số cộng đồng", None, "periodic")])
