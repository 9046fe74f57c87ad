# Gold file of 1227 (fresh11; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
VH = "Phòng Văn hóa - Xã hội"
W("1227_loc_hung_ke_hoach_thang_hanh_dong_attp.txt",
  {"kind": "ke_hoach", "symbol": "KH-UBND", "number": "64", "place": "Lộc Hưng", "issued_on": "2027-04-16",
   "meeting_on": None, "chaired_by": None, "signed_by": "Tôn Nữ Minh Châu"},
  "fresh11 (blind). Hand-written COMMON layout: a ward KẾ HOẠCH with its header cells one per line; Mục đích, Chỉ tiêu (noise); `III. "
  "NỘI DUNG` activities with no unit (optional, null); `IV. THỜI GIAN` (a window: information); `V. TỔ CHỨC THỰC HIỆN` in many shapes: a "
  "LOWER-CASE heading with `hoá` and a long parenthesis and no colon (`1. phòng Văn hoá - Xã hội (cơ quan thường trực Ban Chỉ đạo liên "
  "ngành ATTP phường)`) over `+` items, `X: …`, `Đoàn kiểm tra liên ngành ATTP phường …` (abbreviation inside a name), `Giao Phòng Kinh tế "
  "(Hạ tầng và Đô thị) …`, `Ban quản lý chợ Lộc Hưng:`, plural role holders (`Hiệu trưởng các trường mầm non, tiểu học trên địa bàn`, "
  "`Tổ trưởng các tổ dân phố`), `Đề nghị Ủy ban MTTQ …`, `Chế độ báo cáo: các đơn vị …`; deadlines `trong vòng 07 ngày kể từ ngày ký Kế "
  "hoạch này` (16/4 → 23/4), `trước 10/5`, `xong trong tháng 5`, `trước 30/4`, `trong quý II`, `trước ngày 25/4` (no year: 2027); `03 "
  "buổi/tuần (thứ Hai, thứ Tư, thứ Sáu)` (weekly), `hằng ngày` inside a one-off task (periodic kept).",
  [T(None, "Tổ chức lễ phát động Tháng hành động tại chợ Lộc Hưng", optional=True),
   T(None, "Treo băng rôn, khẩu hiệu tại các tuyến phố chính và khu vực trường học", optional=True),
   T(VH, "Tham mưu thành lập Đoàn kiểm tra liên ngành ATTP phường trong vòng 07 ngày", "2027-04-23"),
   T(VH, "Xây dựng tin bài tuyên truyền, phát trên hệ thống loa truyền thanh 03 buổi/tuần", None, "weekly"),
   T(VH, "Tổng hợp kết quả, báo cáo UBND phường và Sở Y tế", "2027-05-20"),
   T("Trạm Y tế phường", "Trạm Y tế phường: phối hợp với Đoàn kiểm tra lấy mẫu xét nghiệm nhanh tại các bếp ăn tập thể"),
   T("Đoàn kiểm tra liên ngành An toàn thực phẩm phường", "Đoàn kiểm tra liên ngành ATTP phường kiểm tra ít nhất 30 cơ sở kinh doanh",
     "2027-05-10"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Giao Phòng Kinh tế (Hạ tầng và Đô thị) kiểm tra điều kiện bảo đảm an toàn thực phẩm tại chợ",
     "2027-05-31"),
   T("Công an phường", "Công an phường phối hợp Đoàn kiểm tra phát hiện, xử lý các vụ vận chuyển"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội phường tuyên truyền",
     coop=["Các tổ chức chính trị - xã hội phường"]),
   T("Ban quản lý chợ Lộc Hưng", "Ban quản lý chợ Lộc Hưng: yêu cầu 100% tiểu thương kinh doanh thực phẩm ký cam kết", "2027-04-30"),
   T("Hiệu trưởng các trường mầm non, tiểu học trên địa bàn", "Hiệu trưởng các trường mầm non, tiểu học trên địa bàn kiểm tra bếp ăn bán trú",
     "2027-06-30", "periodic"),
   T("Tổ trưởng các tổ dân phố", "Tổ trưởng các tổ dân phố phổ biến nội dung Tháng hành động đến từng hộ gia đình", "2027-04-25"),
   T(ALL, "các đơn vị báo cáo kết quả thực hiện về phòng Văn hoá - Xã hội (cơ quan thường trực)", "2027-05-15")])
