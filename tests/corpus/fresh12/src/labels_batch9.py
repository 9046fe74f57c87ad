# Gold files of the ninth fresh12 batch (1325; hand-written, labelled before any parser run; session 28, corpus17).
from use_common import T, W, NEWS
DA = "Ban Quản lý dự án phường"
W("1325_tay_mo_bien_ban_hop_gpmb_truong_hoc.pdf",
  {"kind": "bien_ban", "symbol": None, "number": None, "place": None, "issued_on": None, "meeting_on": "2027-04-07",
   "chaired_by": "Kiều Văn Thắng", "signed_by": "Kiều Văn Thắng"},
  "fresh12 (blind). Hand-written (.pdf from src/*.txt): MINUTES (BIÊN BẢN) of a ward's land-clearance briefing, no number and no "
  "place-and-date line (`Hôm nay, vào hồi 14 giờ 00 ngày 07/4/2027` is the meeting); `Thành phần` units (noise); the project board's "
  "report (noise); opinions: a resident's request with no addressee (noise) and the police chief's `đề nghị Ban Quản lý dự án phường "
  "thông báo sớm …` (a proposal voiced at the meeting: optional, the unit it addresses); the tasks are in the LAST SECTION, each "
  "numbered item followed by `Trách nhiệm: X. Thời hạn: …` on its own line: `trước ngày 16/4/2027`, `trong vòng 07 ngày làm việc kể "
  "từ ngày họp` (Wednesday 07/4 → Friday 16/4; the calendar count in deadline_any), `khi có kế hoạch kiểm đếm bắt buộc` (undated: "
  "null), `Báo cáo kết quả vào thứ Hai hằng tuần` in place of a deadline, `trong thời gian 20 ngày, bắt đầu từ ngày 12/4/2027` (a "
  "duration: null, its end defensible), `sau mỗi cuộc giao ban` (periodic, null defensible); two signatures side by side: the chair "
  "signs (the secretary's is not the document's).",
  [T(DA, "Ban Quản lý dự án phường thông báo sớm kế hoạch kiểm đếm bắt buộc (nếu có) để bố trí lực lượng", optional=True),
   T(DA, "Tiếp tục vận động, hoàn thành kiểm đếm 05 hộ còn lại", "2027-04-16"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Hoàn thiện hồ sơ xác định nguồn gốc đất của 09 thửa, trình UBND phường xác nhận", "2027-04-16",
     deadline_any=["2027-04-16", "2027-04-14"]),
   T("Trung tâm Phát triển quỹ đất thành phố - Chi nhánh số 2",
     "Trả lời bằng văn bản kiến nghị của hộ ông Lê Văn Tư, gửi kèm bảng đơn giá đang áp dụng", "2027-04-20"),
   T("Công an phường", "Xây dựng phương án bảo đảm an ninh trật tự khi tổ chức kiểm đếm bắt buộc"),
   T("Tổ trưởng tổ dân phố số 6, số 7", "Phối hợp vận động các hộ dân chấp hành chủ trương thu hồi đất", None, "weekly"),
   T(DA, "Công khai phương án bồi thường đợt 2 tại Nhà văn hóa tổ dân phố số 6 trong thời gian 20 ngày", None,
     deadline_any=[None, "2027-05-01", "2027-05-02"]),
   T("Văn phòng HĐND và UBND phường", "Tổng hợp kết quả, báo cáo Chủ tịch UBND phường sau mỗi cuộc giao ban", None, "periodic",
     recurrence_any=["periodic", None])])
