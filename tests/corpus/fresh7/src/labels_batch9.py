# Gold files of the ninth fresh7 batch (822; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
VP = "Văn phòng HĐND và UBND phường"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH = "Phòng Văn hóa - Xã hội"
PV = "Trung tâm Phục vụ hành chính công"
MT = "Ủy ban MTTQ Việt Nam phường"
W("822_kim_tan_ke_hoach_de_an_06_phu_luc.docx",
  {"kind": "ke_hoach", "symbol": "KH-UBND", "number": "47", "place": "Kim Tân", "issued_on": "2026-02-24",
   "meeting_on": None, "chaired_by": None, "signed_by": "Vũ Đức Thắng"},
  "fresh7 (blind). Hand-written in the COMMON layout of a ward plan with an appendix table (.docx, real Word tables from "
  "src/822_….html): header and signature tables; Mục đích bullets with targets (noise); `II. NỘI DUNG NHIỆM VỤ (Chi tiết tại Phụ "
  "lục …)`; `III. TỔ CHỨC THỰC HIỆN` with `Các đơn vị được giao tại Phụ lục … trước ngày 20 hằng tháng` (all units) and `Giao Công "
  "an phường … định kỳ hằng quý`; the appendix AFTER the signature: group rows (noise) and abbreviations written without hyphens "
  "(`P.VHXH`, `P. KTHTĐT`, `TT PVHC công`, `UBMT`, `Đoàn TN`, `Các TDP`); time cells `Tháng 3-4/2026`, `Quý II`, `Trước 30/6` (no "
  "year: the plan's), `Thường xuyên`, `Đợt 1: tháng 5; đợt 2: tháng 10/2026` (the first; the second defensible), `Hằng tháng (trước "
  "ngày 20)`, `Hằng tuần`, `Trong tháng 3`, `Theo lịch của Thành phố` (null), `Trong tháng 7`.",
  [T(ALL, "Các đơn vị được giao tại Phụ lục chủ động xây dựng kế hoạch chi tiết", None, "monthly"),
   T("Công an phường", "Giao Công an phường theo dõi, đôn đốc việc thực hiện Kế hoạch", None, "quarterly"),
   T(VH, "Rà soát, làm sạch dữ liệu hộ tịch, đồng bộ với Cơ sở dữ liệu quốc gia", "2026-04-30", coop=["Công an phường"]),
   T(VH, "Cập nhật dữ liệu người có công, đối tượng bảo trợ xã hội", "2026-06-30", coop=[PV]),
   T(KT, "Thu thập, chuẩn hóa dữ liệu đất đai, nhà ở", "2026-06-30", coop=["Các tổ dân phố"]),
   T(PV, "Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình tại bộ phận một cửa", coop=["Đoàn Thanh niên phường"]),
   T("Đoàn Thanh niên phường", "Tổ chức Tổ công nghệ số cộng đồng đến hướng dẫn tại các tổ dân phố", "2026-05-31",
     coop=["Hội Liên hiệp Phụ nữ phường"], deadline_any=["2026-05-31", "2026-10-31"]),
   T(PV, "Tổng hợp, báo cáo tỷ lệ hồ sơ nộp trực tuyến", None, "monthly", coop=[VP]),
   T(VP, "Tuyên truyền về Đề án 06 trên hệ thống loa truyền thanh phường", None, "weekly", coop=[MT]),
   T(KT, "Bố trí kinh phí thực hiện Kế hoạch", "2026-03-31", coop=[VP]),
   T("Công an phường", "Kích hoạt tài khoản định danh điện tử mức độ 2 cho công dân", coop=["Các tổ dân phố"]),
   T(MT, "Vận động hội viên cài đặt, sử dụng ứng dụng VNeID", "2026-07-31",
     coop=["Hội Liên hiệp Phụ nữ phường", "Hội Cựu chiến binh phường"])])
