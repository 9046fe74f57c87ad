# Gold file of 1225 (fresh11; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
VP = "Văn phòng HĐND và UBND phường"
W("1225_dinh_cong_ke_hoach_cchc_phu_luc_ngang.pdf",
  {"kind": "ke_hoach", "symbol": "KH-UBND", "number": "21", "place": "Định Công", "issued_on": "2027-01-08",
   "meeting_on": None, "chaired_by": None, "signed_by": "Lại Văn Tâm"},
  "fresh11 (blind). Hand-written NEW layout (.pdf with a real table): a ward plan printed on LANDSCAPE pages whose tasks sit in a long "
  "APPENDIX table after the signature that runs over two pages: the header row is REPEATED at the top of the next page and row 8 is "
  "SPLIT by the page break (its first line and its unit cell `VP HĐND-UBND (bộ` on one page, the rest after the repeated header); group "
  "rows `I`–`V`; a `Sản phẩm` column (noise); `nt` unit cells; time cells `Quý I/2027`, `Tháng 6/2027`, `Trong vòng 05 ngày làm việc kể "
  "từ ngày có quyết định công bố` (an undated event: null), `Hằng tháng (trước ngày 25)`, `Tháng 10 - 11/2027`, `Quý II/2027`, `Định kỳ 06 "
  "tháng/lần` (periodic), `Trước 31/01/2027`, `30/9/2027`, `02 lớp/quý` (quarterly), `Trước ngày 10 của tháng cuối quý` (quarterly); two "
  "body tasks under `IV. TỔ CHỨC THỰC HIỆN` (all units; the office as `cơ quan thường trực`); Mục tiêu and Kinh phí (noise).",
  [T(ALL, "Các phòng, đơn vị căn cứ nhiệm vụ được giao tại Phụ lục xây dựng kế hoạch chi tiết", "2027-01-20"),
   T(VP, "Văn phòng HĐND và UBND phường (cơ quan thường trực) theo dõi, đôn đốc việc thực hiện", "2027-06-15"),
   T(VP, "Rà soát các văn bản do HĐND, UBND phường ban", "2027-03-31",
     coop=["Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Hạ tầng và Đô thị"]),
   T(VP, "Tự kiểm tra việc ban hành văn bản hành chính của", "2027-06-30", coop=["Các phòng chuyên môn"]),
   T("Trung tâm Phục vụ hành chính công", "Công khai thủ tục hành chính mới, cập nhật lên Cổng", None, coop=[VP]),
   T("Trung tâm Phục vụ hành chính công", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", None, "monthly", coop=["Công an phường"]),
   T("Phòng Văn hóa - Xã hội", "Khảo sát sự hài lòng của người dân, tổ chức đối với", "2027-11-30",
     coop=["Trung tâm Phục vụ hành chính công", "Ủy ban MTTQ Việt Nam phường"]),
   T(VP, "Rà soát, hoàn thiện đề án vị trí việc làm của công", "2027-06-30", coop=["Các phòng, đơn vị"]),
   T(VP, "Kiểm tra công vụ đột xuất tại các phòng, đơn vị", None, "periodic"),
   T(VP, "Công khai dự toán ngân sách phường năm 2027 theo", "2027-01-31"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Rà soát, lập danh mục tài sản công dôi dư sau sắp", "2027-09-30", coop=[VP]),
   T(VP, "Triển khai chữ ký số cá nhân cho 100% công chức", "2027-03-31", coop=["Công an phường"]),
   T("Đoàn Thanh niên phường", "Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng", None, "quarterly",
     coop=["Phòng Văn hóa - Xã hội", "Tổ trưởng các tổ dân phố"]),
   T(ALL, "Báo cáo định kỳ kết quả cải cách hành chính của đơn", None, "quarterly")])
