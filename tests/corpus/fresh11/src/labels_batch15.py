# Gold file of 1228 (fresh11; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
VP = "Văn phòng HĐND và UBND phường"
W("1228_quang_an_ke_hoach_tuyen_pho_van_minh_giai_doan.md",
  {"kind": "ke_hoach", "symbol": "KH-UBND", "number": "37", "place": "Quảng An", "issued_on": "2026-02-24",
   "meeting_on": None, "chaired_by": None, "signed_by": "Ninh Đức Toàn"},
  "fresh11 (blind). Hand-written NEW layout (markdown): a ward plan in PHASES (`#### Giai đoạn N — … (window)`) with sub-items `a.`, `b.`, "
  "`c.` each naming its own unit in a different place: before a colon (`Văn phòng HĐND và UBND:`, `Ban QLDA phường:`, `Đội QLTTĐT:`, "
  "`Phòng Văn hóa – Xã hội:` with an en dash, `Phòng VH-XH, UBMTTQ phường:` two units), after an em dash (`— p.KTHT&ĐT thực hiện`), in a "
  "trailing parenthesis (`(UB MTTQ phường chủ trì; Tổ trưởng TDP số 3, 4, 7 phối hợp)`, `(Phòng Kinh tế, Hạ tầng và Đô thị chủ trì Hội "
  "đồng đánh giá)`), as the subject (`Công an phường phối hợp với …`); the legend says each item is due by its phase's end unless it has "
  "its own date: phase ends `31/3/2026`, `tháng 4 - 8/2026` (31/8), `quý IV/2026` (31/12) (window ends, null defensible), own dates `trước "
  "20/3`, `trước 31/7`, `trong tháng 10`, `trước 15/11` (no year: 2026); `vào sáng thứ Bảy hằng tuần`; `định kỳ vào ngày 25 hằng tháng`.",
  [T(VP, "Văn phòng HĐND và UBND: tham mưu quyết định thành lập Ban Chỉ đạo xây dựng tuyến phố văn minh, phân công thành viên", "2026-03-31",
     deadline_any=["2026-03-31", None]),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Khảo sát hiện trạng vỉa hè, biển hiệu, hệ thống chiếu sáng trên 03 tuyến phố", "2026-03-31",
     deadline_any=["2026-03-31", None]),
   T("Ủy ban MTTQ Việt Nam phường", "Tổ chức hội nghị lấy ý kiến hộ dân hai bên tuyến phố", "2026-03-20",
     coop=["Tổ trưởng tổ dân phố số 3, 4, 7"]),
   T("Ban Quản lý dự án phường", "Ban QLDA phường: lát lại vỉa hè, hạ ngầm đường dây thông tin", "2026-07-31"),
   T("Đội Quản lý trật tự đô thị phường", "Đội QLTTĐT: ra quân lập lại trật tự vỉa hè, tháo dỡ biển quảng cáo sai quy định", "2026-08-31",
     "weekly", deadline_any=["2026-08-31", None]),
   T("Phòng Văn hóa - Xã hội", "Phòng Văn hóa – Xã hội: vận động hộ kinh doanh đăng ký danh hiệu", "2026-08-31",
     deadline_any=["2026-08-31", None]),
   T("Công an phường", "Công an phường phối hợp với Đội QLTTĐT xử lý vi phạm đỗ xe trái phép", "2026-08-31",
     coop=["Đội Quản lý trật tự đô thị phường"], deadline_any=["2026-08-31", None]),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Chấm điểm các tiêu chí tuyến phố văn minh, hoàn thành trong tháng 10", "2026-10-31"),
   T(VP, "Văn phòng HĐND và UBND: hoàn thiện hồ sơ, trình UBND Thành phố đề nghị công nhận", "2026-11-15"),
   T("Phòng Văn hóa - Xã hội", "Phòng VH-XH, UBMTTQ phường: tổ chức lễ công nhận, biểu dương các hộ gia đình tiêu biểu", "2026-12-31",
     coop=["Ủy ban MTTQ Việt Nam phường"], deadline_any=["2026-12-31", None]),
   T(ALL, "Các đơn vị báo cáo tiến độ về Văn phòng HĐND và UBND phường định kỳ", None, "monthly")])
