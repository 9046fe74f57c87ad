# Gold files of the sixteenth fresh8 batch (929; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"; VH = "Phòng Văn hóa - Xã hội"; CA = "Công an phường"
PV = "Trung tâm Phục vụ hành chính công"; TDP = "Tổ trưởng các tổ dân phố số 1 - 14"
W("929_trung_kien_phieu_nhac_viec_theo_don_vi.txt",
  {"kind": "phieu_nhac_viec", "symbol": "PNV-VP", "number": "52", "place": "Trung Kiên", "issued_on": "2026-11-30",
   "meeting_on": None, "chaired_by": None, "signed_by": "Trương Thị Bích Ngọc"},
  "fresh8 (blind). NEW layout: a BUNDLE OF PER-UNIT REMINDER SLIPS (`PHIẾU NHẮC VIỆC`, `Số: 52/PNV-VP`) cut apart by `✂ - - -` lines; "
  "each slip `PHIẾU n/5` has its own `Kính gửi: X` (abbreviations: `Phòng KT, HT&ĐT`, `Phòng VH-XH`, `TT PVHCC`; a role holder with a "
  "range `Tổ trưởng các tổ dân phố số 1 - 14`; an `(đồng kính gửi: …)` that cooperates only where an item says `phối hợp:`) over "
  "`☐` open items (tasks of the slip's addressee) and `☑ … — đã xong` items (not tasks); `— hạn: 15/12` (no year: the slip's), "
  "`— hạn: trong tháng 12`, `— hạn: trước Tết Nguyên đán` (null), an anniversary in a parenthesis (not a deadline); `— lặp lại: "
  "chiều thứ Năm hằng tuần`, `hằng quý`, `trước 17h00 thứ Sáu hằng tuần`, `mỗi quý 01 lần`, `ngày 25 hằng tháng`; `Nguồn:` lines "
  "(referenced documents); the return date for the slips in the preamble (not a task).",
  [T(KT, "Hoàn thành hồ sơ quyết toán công trình cải tạo chợ Trung Kiên", "2026-12-15"),
   T(KT, "Báo cáo kết quả xử lý vi phạm trật tự xây dựng năm 2026", "2026-12-20"),
   T(KT, "Chủ trì họp giao ban với các nhà thầu thi công trên địa bàn", None, "weekly"),
   T(VH, "Tổ chức thăm, tặng quà gia đình chính sách nhân kỷ niệm Ngày thành lập", "2026-12-21"),
   T(VH, "Tổng hợp kết quả bình xét danh hiệu \"Gia đình văn hóa\" năm 2026", "2026-12-31"),
   T(VH, "Báo cáo tình hình trẻ em có hoàn cảnh đặc biệt trên địa bàn", None, "quarterly"),
   T(CA, "Xây dựng phương án bảo đảm an ninh, trật tự đêm Giao thừa Tết Dương lịch 2027", "2026-12-25",
     coop=["Ban Chỉ huy Quân sự phường"]),
   T(CA, "Báo cáo nhanh tình hình an ninh, trật tự trên địa bàn", None, "weekly"),
   T(PV, "Xây dựng báo cáo tổng kết năm 2026 về giải quyết thủ tục hành chính", "2026-12-28"),
   T(PV, "Khảo sát mức độ hài lòng của người dân, tổ chức", None, "quarterly"),
   T(TDP, "Thu Quỹ phòng, chống thiên tai năm 2026 còn thiếu", "2026-12-18"),
   T(TDP, "Rà soát hộ tạm trú mới, thông báo cho Công an phường", None, "monthly"),
   T(TDP, "Vận động hộ gia đình treo cờ Tổ quốc dịp đón Xuân")])
