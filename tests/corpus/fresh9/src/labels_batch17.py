# Gold files of the seventeenth fresh9 batch (1027; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
YT = "Trạm Y tế phường"
W("1027_sa_pa_cong_van_phong_chong_ret_phu_luc.pdf",
  {"kind": "cong_van", "symbol": "UBND-VHXH", "number": "1893", "place": "Sa Pa", "issued_on": "2026-12-04",
   "meeting_on": None, "chaired_by": None, "signed_by": "Giàng A Sềnh",
   "subject": "triển khai các biện pháp phòng, chống rét đậm, rét hại mùa đông xuân 2026 - 2027"},
  "fresh9 (blind). Hand-written, COMMON layout (.pdf, real tables): a ward công văn whose tasks sit mostly in an APPENDIX TABLE after "
  "the signature (`PHỤ LỤC … (Kèm theo Công văn số …)`): the unit column FIRST with cells MERGED over two rows, wrapped cells, `Tổ trưởng "
  "các TDP`, `Hiệu trưởng các trường MN, TH, THCS`; `Thời gian` cells `Tháng 12/2026 - tháng 01/2027` (a range), `Trước 20/12`, `Khi có "
  "băng giá` (null), a window `Từ 15/12/2026 - 15/02/2027` (the end, null defensible), `Trước Tết Nguyên đán` (null), `Hằng ngày`; a "
  "`Ghi chú` column holding a partner (`CA phường phối hợp`) and a recurring report (`Hằng tuần báo cáo kết quả`); two body items "
  "before the signature (`vào thứ Sáu hằng tuần trong thời gian có rét …`, `Đề nghị Ủy ban MTTQ …`); a forecast's months (noise). The "
  "`text_starts` of a row stays in the first line of its cell.",
  [T("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội là đầu mối tổng hợp tình hình", None, "weekly"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường vận động các tổ chức, cá nhân ủng hộ", "2026-12-25"),
   T(YT, "Hướng dẫn người dân cách giữ ấm, phòng", "2027-01-31"),
   T(YT, "Bố trí cán bộ trực cấp cứu 24/24 giờ, dự trữ", "2026-12-20"),
   T(KT, "Hướng dẫn hộ chăn nuôi che chắn chuồng", "2026-12-15"),
   T(KT, "Phối hợp lực lượng chức năng rải muối,", coop=["Công an phường"]),
   T("Tổ trưởng các tổ dân phố", "Rà soát hộ nghèo, người già neo đơn thiếu", "2026-12-18"),
   T("Hiệu trưởng các trường", "Cho học sinh nghỉ học khi nhiệt độ xuống", "2027-02-15", deadline_any=["2027-02-15", None]),
   T("Công an phường", "Kiểm tra an toàn phòng cháy tại các cơ sở", None, "weekly"),
   T("Văn phòng HĐND và UBND phường", "Đăng tải bản tin dự báo thời tiết, khuyến", None, "periodic")])
