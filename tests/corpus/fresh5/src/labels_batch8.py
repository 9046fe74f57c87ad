# Gold files of the eighth fresh5 batch (labelled by hand before any parser run).
from labels_common import T, W, NEWS
W("623_o_cho_dua_ket_luan_cau_sau_giao.txt",
  {"kind": "thong_bao", "symbol": "TB-VP", "number": "146", "place": "Ô Chợ Dừa", "issued_on": "2026-06-17",
   "meeting_on": "2026-06-15", "chaired_by": "Lại Văn Tuấn", "signed_by": "Hồ Thị Kim Oanh"},
  "fresh5 (blind). Hand-written: items `(1)`…`(5)` whose unit comes in the FOLLOWING sentence (`Nhiệm vụ này giao X chủ trì.`, "
  "`Giao X chủ trì, phối hợp Y thực hiện, …`) or after a `;` (`…; Văn phòng … chuẩn bị địa điểm`); `trong quý III/2026`; `vào tuần đầu "
  "tháng 7/2026` (the 7th, null defensible); `trợ cấp hằng tháng` (a noun's frequency); the next meeting's date (noise).",
  [T("Phòng Văn hóa - Xã hội", "Hoàn thiện hồ sơ đề nghị công nhận tổ dân phố văn hóa năm 2026", "2026-09-30"),
   T("Ban Quản lý dự án phường", "Kiểm đếm, lập phương án bồi thường cho 27 hộ dân", None, "weekly", coop=["Phòng Kinh tế, Hạ tầng và Đô thị"]),
   T("Văn phòng HĐND và UBND phường", "Tổ chức Hội nghị đối thoại với hộ kinh doanh chợ Ô Chợ Dừa", "2026-07-07", deadline_any=["2026-07-07", None]),
   T("Phòng Văn hóa - Xã hội", "Rà soát, cập nhật danh sách người có công, đối tượng bảo trợ xã hội", "2026-07-10", None, coop=["Các tổ dân phố"], recurrence_any=[None, "monthly"])])
