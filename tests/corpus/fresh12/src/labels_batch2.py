# Gold files of the second fresh12 batch (1305-1308; labelled by hand before any parser run; session 28, corpus17).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
CT = "Chủ tịch UBND các xã, thị trấn"
W("1305_luc_son_giao_ban_chu_tich_xa_quy_i.txt", NEWS("2025-04-11", "Hoàng Văn Thạch"),
  "fresh12 (blind). Rewritten from a district TV site's news of the district chairman's quarterly briefing with the commune chairmen "
  "(Apr 2025; district level before July 2025): `quantri gửi vào T6, …` stamp, empty caption lines, the quarter's results and the "
  "communes' difficulties (noise); a LEAD-IN `yêu cầu Chủ tịch UBND các xã, thị trấn:` over three `-` items with no subject (`trước "
  "ngày 30/5` no year, `vào ngày 20 hằng tháng`, `trong quý II/2025`); then `Đồng chí giao Phòng Tài nguyên và Môi trường phối hợp "
  "Công an huyện …` (no date) and the district office's follow-up `báo cáo tại hội nghị giao ban quý II` (no date printed: null, the "
  "quarter's end defensible).",
  [T(CT, "Chỉ đạo bộ phận chuyên môn rà soát, hoàn thiện hồ sơ các tiêu chí nông thôn mới, gửi Phòng Nông nghiệp và PTNT thẩm định", "2025-05-30"),
   T(CT, "Tập trung đôn đốc các khoản thu, nhất là tiền sử dụng đất", None, "monthly"),
   T(CT, "Ngăn chặn, xử lý dứt điểm các điểm khai thác cát trái phép trên địa bàn", "2025-06-30"),
   T("Phòng Tài nguyên và Môi trường", "giao Phòng Tài nguyên và Môi trường phối hợp Công an huyện kiểm tra đột xuất các bến bãi",
     coop=["Công an huyện"]),
   T("Văn phòng HĐND và UBND huyện", "Văn phòng HĐND và UBND huyện theo dõi, tổng hợp kết quả thực hiện kết luận", None,
     deadline_any=[None, "2025-06-30"])])
W("1306_luc_son_giao_ban_9_thang_tra_loi_kien_nghi.txt", NEWS("2024-09-16", "Lương Thanh Tùng"),
  "fresh12 (blind). Rewritten from a district TV site's news of the chairman's nine-month briefing with the commune chairmen (Sep "
  "2024): stamp, results, the communes' PROPOSALS listed once (noise), then the chairman's answers one paragraph each, `Về <topic>: "
  "<answer>` (a layout earlier sets have little of): `giao Phòng … trước ngày 15/10` (no year), `giao Phòng Nông nghiệp và PTNT chủ "
  "trì, phối hợp Hạt Kiểm lâm huyện … xong trong tháng 10/2024`, `Phòng Tài chính - Kế hoạch … trước ngày 30/11/2024`, the district's "
  "own follow-up `UBND huyện ghi nhận, sẽ báo cáo Sở Nội vụ …` (optional), `đề nghị Chủ tịch UBND các xã chưa đạt tiến độ … hằng tháng`.",
  [T("Phòng Tài nguyên và Môi trường", "giao Phòng Tài nguyên và Môi trường khảo sát, đề xuất địa điểm và công suất lò", "2024-10-15"),
   T("Phòng Nông nghiệp và Phát triển nông thôn", "giao Phòng Nông nghiệp và PTNT chủ trì, phối hợp Hạt Kiểm lâm huyện làm việc với huyện bạn",
     "2024-10-31", coop=["Hạt Kiểm lâm huyện"]),
   T("Phòng Tài chính - Kế hoạch", "Phòng Tài chính - Kế hoạch hướng dẫn các xã hoàn thiện hồ sơ quyết toán", "2024-11-30"),
   T("UBND huyện", "UBND huyện ghi nhận, sẽ báo cáo Sở Nội vụ xem xét theo quy định", optional=True),
   T("Chủ tịch UBND các xã chưa đạt tiến độ", "đề nghị Chủ tịch UBND các xã chưa đạt tiến độ trực tiếp đối thoại với nhân dân", None,
     "monthly")])
W("1307_an_lac_xa_giao_ban_thuong_ky_thang_8.txt", NEWS("2024-07-29", "Phạm Văn Khải"),
  "fresh12 (blind). Rewritten from a commune portal's news of the commune's monthly briefing (Jul 2024, commune before the reform): "
  "the month's results in ONE long sentence of `;` clauses that name units in the past (`Trạm Y tế làm tốt …`, `Công an, Quân sự xã "
  "đảm bảo …`: noise); the conclusion `giao nhiệm vụ tháng 8 như sau:` as ONE sentence of four `;` clauses with four subjects "
  "(`Công chức Địa chính - Xây dựng phối hợp Trưởng các thôn …`, `Trạm Y tế xã …`, `Công an xã, Ban Chỉ huy Quân sự xã … hằng đêm`, "
  "`Công chức Văn hóa - Xã hội …`), dates with the year; then `yêu cầu Văn phòng - Thống kê xã … vào thứ Hai hằng tuần`.",
  [T("Công chức Địa chính - Xây dựng", "Công chức Địa chính - Xây dựng phối hợp Trưởng các thôn kiểm tra, lập biên bản các trường hợp xây dựng trên đất nông nghiệp",
     "2024-08-15", coop=["Trưởng các thôn"]),
   T("Trạm Y tế xã", "Trạm Y tế xã tổ chức tiêm chủng mở rộng đợt 2 cho trẻ dưới 5 tuổi", "2024-08-20"),
   T("Công an xã", "Công an xã, Ban Chỉ huy Quân sự xã duy trì lực lượng tuần tra canh gác hằng đêm", None, "periodic",
     coop=["Ban Chỉ huy Quân sự xã"]),
   T("Công chức Văn hóa - Xã hội", "Công chức Văn hóa - Xã hội hoàn thiện hồ sơ đề nghị trợ cấp cho các đối tượng bảo trợ xã hội", "2024-08-10"),
   T("Văn phòng - Thống kê xã", "yêu cầu Văn phòng - Thống kê xã đôn đốc các bộ phận cập nhật kết quả vào phần mềm", None, "weekly")])
W("1308_chanh_an_dang_bo_phuong_hoi_nghi_bch_lan_2.txt", NEWS("2025-09-30", "Đoàn Minh Nhựt"),
  "fresh12 (blind). Rewritten from a city paper's news of a new ward party committee's conference (Sep 2025): ` date` line, captions, "
  "figures; the ward's own programme for the last quarter as `đồng thời: A; B; C` with no subject (optional, null; the year's end "
  "defensible); (added) the secretary's conclusion: `đề nghị Chủ tịch UBND phường chỉ đạo Phòng Kinh tế, Hạ tầng và Đô thị …` (a ward "
  "leader directs: the directed unit leads) `trước ngày 30-11-2025`, `Ban Xây dựng Đảng Đảng ủy phường … trong tháng 10-2025`, `Ủy ban "
  "Kiểm tra Đảng ủy phường … trước ngày 15-12-2025` (dashed dates).",
  [T(None, "đẩy mạnh các giải pháp thu ngân sách", deadline_any=[None, "2025-12-31"], optional=True),
   T(None, "nâng tỷ lệ hồ sơ trực tuyến toàn trình", deadline_any=[None, "2025-12-31"], optional=True),
   T(None, "giữ vững an ninh chính trị, trật tự an toàn xã hội", deadline_any=[None, "2025-12-31"], optional=True),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế, Hạ tầng và Đô thị hoàn thành hồ sơ cải tạo hệ thống thoát nước hẻm 42", "2025-11-30"),
   T("Ban Xây dựng Đảng Đảng ủy phường", "Ban Xây dựng Đảng Đảng ủy phường hướng dẫn các chi bộ khu phố kiện toàn chi ủy", "2025-10-31"),
   T("Ủy ban Kiểm tra Đảng ủy phường", "Ủy ban Kiểm tra Đảng ủy phường tiến hành kiểm tra việc thu, nộp đảng phí tại 05 chi bộ", "2025-12-15")])
