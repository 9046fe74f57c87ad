# Gold files of the ninth fresh6 batch (725-727; labelled by hand before any parser run; session 25).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
VP = "Văn phòng HĐND và UBND phường"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH = "Phòng Văn hóa - Xã hội"
PV = "Trung tâm Phục vụ hành chính công"
DV = "Trung tâm Dịch vụ sự nghiệp công phường"
QL = "Đội Quản lý trật tự đô thị phường"
W("725_kien_hung_ket_luan_danh_so_thap_phan.docx",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "301", "place": "Kiến Hưng", "issued_on": "2026-10-29",
   "meeting_on": "2026-10-27", "chaired_by": "Mai Xuân Trường", "signed_by": "Lại Thị Minh"},
  "fresh6 (blind). Hand-written (.docx): a Phó Chủ tịch's conclusions in a DECIMAL OUTLINE three levels deep (`1.`, `1.1.`, "
  "`1.1.1.`): the `1.1. Trên các tuyến phố chính` / `1.2. Trong các ngõ, ngách` lines are headings (not tasks), the tasks are the "
  "leaves `1.1.1.`, `1.2.2.`, `2.1.`…; `vào các buổi tối thứ Sáu, thứ Bảy hằng tuần`; `ít nhất 02 lần/tháng` (monthly); `vào Chủ "
  "nhật cuối cùng của tháng, hằng tháng`; `hoàn thành trong tháng 11/2026`; a signer two levels under the chairman (`TL. CHỦ TỊCH / "
  "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG`).",
  [T(QL, "Đội Quản lý trật tự đô thị phường duy trì ra quân xử lý lấn chiếm vỉa hè", None, "weekly"),
   T(KT, "Phòng Kinh tế, Hạ tầng và Đô thị rà soát, thu hồi các biển quảng cáo", "2026-11-30"),
   T("Tổ trưởng các tổ dân phố", "Tổ trưởng các tổ dân phố vận động các hộ kinh doanh ký cam kết", "2026-11-30"),
   T("Công an phường", "Công an phường phối hợp với Tổ trưởng các tổ dân phố xử lý các trường hợp tái lấn chiếm",
     coop=["Tổ trưởng các tổ dân phố"]),
   T(KT, "Phòng Kinh tế, Hạ tầng và Đô thị đôn đốc đơn vị thu gom rác", None, "monthly"),
   T(DV, "Trung tâm Dịch vụ sự nghiệp công phường tổ chức \"Ngày Chủ nhật xanh\" vào Chủ nhật cuối cùng", None, "monthly"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường và Hội Liên hiệp Phụ nữ phường phát động phong trào",
     coop=["Hội Liên hiệp Phụ nữ phường"]),
   T(VP, "Văn phòng HĐND và UBND phường theo dõi, tổng hợp kết quả thực hiện, báo cáo", "2027-01-05")])
W("726_bach_mai_xuat_danh_muc_csv.txt", NEWS(None, None),
  "fresh6 (blind). Hand-written: a task list EXPORTED AS CSV (`;` separators, quoted task texts) with `#` comment lines (export "
  "time, filter, totals: noise); columns task id / task / lead / partner / due date / `Lặp lại` (recurrence) / status / source "
  "document; abbreviations in the unit columns (`CA phường`, `P.VH-XH`, `TT DVSNC`, `Các TDP`, `Đoàn TN phường`); a row `Hoàn thành` "
  "(not a task) and a row `Quá hạn` (still a task); dates `dd/mm/yyyy`; `Hằng tháng (trước ngày 05)`, `Thứ Sáu hằng tuần`; an event "
  "day. An export, not a document: every document field null.",
  [T("Công an phường", "Kiểm tra an toàn phòng cháy, chữa cháy các cơ sở karaoke, quán bar", "2026-09-20", coop=[KT]),
   T(VH, "Tổng hợp danh sách học sinh có hoàn cảnh khó khăn", "2026-09-15"),
   T(KT, "Báo cáo tình hình thu ngân sách trên địa bàn", None, "monthly", coop=[VP]),
   T(VP, "Cập nhật văn bản chỉ đạo, điều hành lên Trang thông tin điện tử phường", None, "weekly"),
   T("Các tổ dân phố", "Vận động hộ dân lắp đặt bình chữa cháy mini", "2026-10-30", coop=["Công an phường"]),
   T(PV, "Rà soát, xử lý hồ sơ tồn đọng tại Bộ phận một cửa", "2026-09-02", coop=[VP]),
   T("Đoàn Thanh niên phường", "Tổ chức Vui Tết Trung thu cho thiếu nhi tại các khu dân cư", "2026-09-25", coop=[VH],
     deadline_any=["2026-09-25", None])])
W("727_hoan_kiem_ke_hoach_bang_tien_do_thang.pdf",
  {"kind": "ke_hoach", "symbol": "KH-UBND", "number": "27", "place": "Hoàn Kiếm", "issued_on": "2027-02-22",
   "meeting_on": None, "chaired_by": None, "signed_by": "Đào Minh Quân"},
  "fresh6 (blind). Hand-written (.pdf with a real table): a plan whose schedule is a GANTT-STYLE table (`T3` … `T8` month "
  "columns ticked `x`); the legend says each item is due in its LAST ticked month (→ that month's last day; an item ticked in "
  "every month is due at the plan's end, null defensible); a `Ghi chú` column with `Tối thứ Bảy hằng tuần`; a target in `I. MỤC "
  "TIÊU` (`Đến hết tháng 8/2027 …`: noise); abbreviations in the unit column (`BQLDA phường`, `Đội QLTTĐT`); `vào ngày 25 hằng "
  "tháng`.",
  [T(KT, "Khảo sát hiện trạng vỉa hè 12", "2027-04-30"),
   T(KT, "Lập phương án sắp xếp điểm", "2027-05-31"),
   T(VH, "Tuyên truyền, vận động hộ kinh", "2027-08-31", deadline_any=["2027-08-31", None]),
   T(QL, "Ra quân lập lại trật tự vỉa hè", "2027-08-31", "weekly"),
   T("Ban Quản lý dự án phường", "Kẻ vạch sơn phân làn vỉa hè", "2027-07-31"),
   T(VP, "Sơ kết, đánh giá kết quả thực", "2027-08-31"),
   T(ALL, "Các đơn vị chủ trì báo cáo tiến độ về UBND phường", None, "monthly")])
