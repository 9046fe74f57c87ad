# Gold file of 1226 (fresh11; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH = "Phòng Văn hóa - Xã hội"
W("1226_ha_dinh_phan_cong_tet_bang_hai_cap.docx",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "09", "place": "Hạ Đình", "issued_on": "2027-01-08",
   "meeting_on": "2027-01-05", "chaired_by": None, "signed_by": "Nghiêm Thị Thu Hằng"},
  "fresh11 (blind). Hand-written NEW layout (.docx, Word tables): a TWO-LEVEL TABLE: the outer table has one row per unit (`TT | Đơn vị "
  "| Nhiệm vụ được giao`) and its third cell holds a NESTED table `Nội dung | Thời hạn | Ghi chú`; every nested row is a task of its outer "
  "row's unit (units as `P. VH-XH`, `BCH Quân sự phường`, `TTPVHCC`, `Văn phòng HĐND-UBND`, `Đề nghị UB MTTQ phường`, `Tổ trưởng các "
  "TDP`); a `Phối hợp: …` note cooperates; time cells `Trước 25/01/2027`, `Xong trước 30/01` (no year), `Chủ nhật 31/01/2027` and `Chủ "
  "nhật 24/01/2027` (days held, null defensible), windows `Từ 01/02 đến 20/02/2027`, `Từ 15/01 đến hết 25/02/2027`, `Từ 05/02 đến "
  "12/02/2027` (their ends, null defensible) with a lunar note (noise), `Hoàn thành trong tháng 01/2027`, `Trong vòng 03 ngày làm việc "
  "kể từ ngày ký` (signed Friday 08/01 → 13/01; calendar 11/01 defensible), `Trước 15h hằng ngày (từ 04/02 đến 12/02/2027)` (periodic, "
  "the window's end, null defensible), `Tháng 01/2027`; a closing report of all units. `meeting_on` is the party meeting it carries out.",
  [T(KT, "Kiểm tra, bảo đảm nguồn hàng bình ổn giá tại chợ Hạ Đình", "2027-01-25"),
   T(KT, "Chỉnh trang hệ thống chiếu sáng, trang trí cờ, hoa trên các tuyến phố chính", "2027-01-30",
     coop=["Ban Quản lý dự án phường"]),
   T(VH, "Lập danh sách, tổ chức thăm, tặng quà gia đình chính sách, người có công", "2027-01-28"),
   T(VH, "Tổ chức chương trình \"Xuân yêu thương\" cho hộ nghèo, cận nghèo", "2027-01-31",
     coop=["Ủy ban MTTQ Việt Nam phường"], deadline_any=["2027-01-31", None]),
   T(VH, "Quản lý các hoạt động lễ hội, di tích trên địa bàn dịp Tết", "2027-02-20", deadline_any=["2027-02-20", None]),
   T("Công an phường", "Mở đợt cao điểm tấn công, trấn áp tội phạm bảo đảm an ninh trật tự", "2027-02-25",
     deadline_any=["2027-02-25", None]),
   T("Công an phường", "Tuyên truyền, vận động hộ gia đình ký cam kết không tàng trữ, đốt pháo", "2027-01-31",
     coop=["Tổ trưởng các tổ dân phố"]),
   T("Ban Chỉ huy Quân sự phường", "Duy trì trực sẵn sàng chiến đấu, bảo vệ các mục tiêu trọng điểm", "2027-02-12",
     deadline_any=["2027-02-12", None]),
   T("Trung tâm Phục vụ hành chính công", "Bố trí lịch trực tiếp nhận hồ sơ trước và sau Tết", "2027-01-13",
     deadline_any=["2027-01-13", "2027-01-11"]),
   T("Văn phòng HĐND và UBND phường", "Tổng hợp tình hình trong dịp Tết, báo cáo UBND Thành phố", "2027-02-12", "periodic",
     deadline_any=["2027-02-12", None]),
   T("Văn phòng HĐND và UBND phường", "Xây dựng lịch trực lãnh đạo, công chức dịp Tết", "2027-01-30"),
   T("Ủy ban MTTQ Việt Nam phường", "Vận động các tổ chức, cá nhân ủng hộ quà Tết cho hộ có hoàn cảnh khó khăn", "2027-01-31"),
   T("Tổ trưởng các tổ dân phố", "Tổ chức tổng vệ sinh môi trường khu dân cư đón Tết", "2027-01-24", deadline_any=["2027-01-24", None]),
   T(ALL, "Các đơn vị báo cáo kết quả thực hiện về UBND phường (qua Văn phòng HĐND và UBND phường)", "2027-02-20")])
