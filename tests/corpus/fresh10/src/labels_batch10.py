# Gold file of 1123 (fresh10; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
VH = "Phòng Văn hóa - Xã hội"; CA = "Công an phường"; DV = "Trung tâm Dịch vụ sự nghiệp công phường"
W("1123_khuong_dinh_ket_luan_chuan_bi_tet_bang.docx",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "318", "place": "Khương Đình", "issued_on": "2026-12-04",
   "meeting_on": "2026-12-02", "chaired_by": "Đỗ Quang Huy", "signed_by": "Phan Thị Yến"},
  "fresh10 (blind). COMMON layout (.docx, Word tables): a deputy chairman's kết luận with header and signature tables and a task table "
  "`TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn hoàn thành | Ghi chú`, group rows A-C; unit cells "
  "abbreviated (`P.VH-XH`, `UBMTTQ phường`, `VP HĐND-UBND (tham mưu lịch)`, `Đội TTĐT`, `CAP`, `Trạm Y tế`, `TT DVSNC`, `P.KT-HT&ĐT`, "
  "`TT PVHCC`, `VP`); a deadline cell `Tháng 01/2027` MERGED over rows 4-6; `Từ 25/01 đến 10/02/2027` (a window: its end, null "
  "defensible), `Trước Tết Nguyên đán` and `Trước 20 tháng Chạp` (null), `Hằng ngày trong dịp Tết (…)` (periodic), `07 ngày làm "
  "việc kể từ ngày ký` (signed Friday 04/12: 15/12; calendar 11/12), `Quý I/2027`; a note `Đoàn liên ngành` (noise) and a note with "
  "a daily report (periodic); `Giao đồng chí …, Phó Chủ tịch UBND phường trực tiếp chỉ đạo công tác …` after the table (the person).",
  [T(VH, "Rà soát, lập danh sách người có công, hộ nghèo, hộ cận nghèo được tặng quà Tết", "2026-12-20",
     coop=["Tổ trưởng các tổ dân phố"]),
   T("Ủy ban MTTQ Việt Nam phường", "Tiếp nhận, phân bổ quà của Thành phố và các nhà hảo tâm", "2027-02-10", coop=[VH],
     deadline_any=[None]),
   T("Văn phòng HĐND và UBND phường", "Tổ chức thăm, tặng quà các gia đình chính sách tiêu biểu", coop=[VH]),
   T("Đội Quản lý trật tự đô thị phường", "Ra quân xử lý lấn chiếm vỉa hè, lòng đường các tuyến phố chính", "2027-01-31",
     coop=[CA]),
   T("Trạm Y tế phường", "Kiểm tra an toàn thực phẩm các cơ sở kinh doanh thực phẩm Tết", "2027-01-31",
     coop=["Phòng Kinh tế, Hạ tầng và Đô thị"]),
   T(CA, "Tuyên truyền không sử dụng pháo nổ, không thả đèn trời", "2027-01-31", coop=["Đoàn Thanh niên phường"]),
   T(CA, "Trực bảo đảm an ninh trật tự, phòng cháy chữa cháy", None, "periodic", coop=["Ban Chỉ huy Quân sự phường"]),
   T(DV, "Trang trí, cổ động trực quan mừng Đảng, mừng Xuân trên các tuyến phố", "2027-01-05"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Xây dựng kế hoạch tổ chức Chợ hoa Xuân Đinh Mùi", "2026-12-15", coop=[DV],
     deadline_any=["2026-12-11"]),
   T("Trung tâm Phục vụ hành chính công", "Bố trí cán bộ trực tiếp nhận hồ sơ ngày làm việc đầu năm", "2027-03-31",
     coop=["Văn phòng HĐND và UBND phường"]),
   T("Văn phòng HĐND và UBND phường", "Tổng hợp tình hình Tết, báo cáo UBND Thành phố", None, "periodic",
     coop=["Các phòng, ban, đơn vị"]),
   T("Nguyễn Hữu Tài, Phó Chủ tịch UBND phường", "Giao đồng chí Nguyễn Hữu Tài, Phó Chủ tịch UBND phường trực tiếp chỉ đạo công tác")])
