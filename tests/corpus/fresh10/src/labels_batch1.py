# Gold files of the first fresh10 batch (1101-1103; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
XT = "Các ông xóm trưởng"
W("1101_dong_lac_cong_van_xom_truong_nguoi_den_dia_ban.txt",
  {"kind": "cong_van", "symbol": "CV-UBND", "number": "15", "place": "Đồng Lạc", "issued_on": "2026-03-10",
   "subject": "nắm bắt người đến địa bàn và tuyên truyền phòng, chống dịch sởi trên loa truyền thanh xóm",
   "meeting_on": None, "chaired_by": None, "signed_by": "Đinh Văn Khải"},
  "fresh10 (blind). Rewritten from a commune portal's post of a short CÔNG VĂN to the hamlet heads (Mar 2020 there, Mar 2026 "
  "here): breadcrumb, title, `Ngày đăng` and a view counter; `Số: 15 /CV- UBND` with stray spaces, the V/v in curly quotes, "
  "`Kính gửi: - Các ông xóm trưởng.` (the only addressee: the three subject-less items are theirs, role holders as written); "
  "`02 lần/ngày` and `trước 14h00’ hằng ngày` (periodic); a following `Đồng thời, giao Công an xã …` sentence with a date "
  "(added); the `báo cáo kịp thời` closing (noise); related links.",
  [T(XT, "Nắm bắt thông tin người dân, nhất là trẻ em dưới 10 tuổi, đến địa bàn xóm"),
   T(XT, "Phát thanh nội dung tuyên truyền phòng, chống dịch sởi trên loa truyền thanh của xóm", None, "periodic"),
   T(XT, "Báo cáo UBND xã danh sách người đến địa bàn trước 14h00", None, "periodic"),
   T("Công an xã", "giao Công an xã phối hợp với Trạm Y tế xã kiểm tra việc khai báo tạm trú", "2026-03-20",
     coop=["Trạm Y tế xã"])])
BND = "Ban nhân dân các thôn, làng"
W("1102_ia_sao_cong_van_tuyen_truyen_bach_hau.docx",
  {"kind": "cong_van", "symbol": "UBND-TH", "number": "117", "place": "Ia Sao", "issued_on": "2026-10-14",
   "subject": "tiếp tục tuyên truyền các hoạt động phòng, chống dịch bệnh bạch hầu trên địa bàn xã năm 2026",
   "meeting_on": None, "chaired_by": None, "signed_by": "Rơ Châm Hyưk"},
  "fresh10 (blind). Rewritten from a commune portal's copy of a CÔNG VĂN on diphtheria (Oct 2020 there, Oct 2026 here) (.docx from "
  "the text filter): header cells padded with spaces as pasted, the V/v under the number, three `Kính gửi` lines; a lead-in "
  "`đề nghị các đơn vị, Mặt trận, các đoàn thể xã, Ban nhân dân các thôn, làng … một số nội dung sau:` over items 1-2 with no "
  "subject (the first named, all units, lead; the others cooperate); items 3-4 with their own subject (added: `vào sáng thứ Hai "
  "và thứ Năm hằng tuần`, `Trạm Y tế xã chủ trì, phối hợp …`); `trong tháng 10/2026`; `KT. CHỦ TỊCH / PHÓ CHỦ TỊCH`.",
  [T(ALL, "Tiếp tục thông tin, tuyên truyền rộng rãi trong cộng đồng về triệu chứng",
     coop=["Ủy ban MTTQ Việt Nam xã", "Các đoàn thể xã", BND]),
   T(ALL, "Vận động phụ huynh đưa trẻ trong độ tuổi đến Trạm Y tế xã tiêm bổ sung", "2026-10-31",
     coop=["Ủy ban MTTQ Việt Nam xã", "Các đoàn thể xã", BND]),
   T(BND, "Ban nhân dân các thôn, làng phát thanh nội dung tuyên truyền trên loa", None, "weekly"),
   T("Trạm Y tế xã", "Trạm Y tế xã chủ trì, phối hợp với Trường Mầm non Hoa Pơ Lang", "2026-10-25",
     coop=["Trường Mầm non Hoa Pơ Lang", "Trường Tiểu học Ia Sao"])])
W("1103_nam_trung_thong_bao_tong_ve_sinh_toan_xa.txt",
  {"kind": "thong_bao", "symbol": None, "number": None, "place": "Nam Trung", "issued_on": "2026-05-05",
   "meeting_on": None, "chaired_by": None, "signed_by": None},
  "fresh10 (blind). Rewritten from a commune portal's THÔNG BÁO on a clean-up day (Nov 2023 there, May 2026 here): a lower-case "
  "title line and a posting date, the header split one cell per line, no number, `Kính thưa …` salutation; reasons and past "
  "results (noise); a call to every household (optional, no unit); the day of the campaign in the lead-in (`vào sáng Chủ nhật "
  "ngày 17/5/2026`) over `-` items each naming its unit (added): `Trưởng các thôn … trước ngày 15/5/2026`, a mass organisation "
  "with a partner, a công chức title as the unit with `vào thứ Sáu hằng tuần trong tháng 5/2026`, the schools; signed only "
  "`UBND XÃ NAM TRUNG` (no name).",
  [T(None, "mỗi gia đình, cá nhân thường xuyên giữ gìn vệ sinh quanh khu vực nhà ở", optional=True),
   T("Trưởng các thôn", "Trưởng các thôn thông báo trên loa truyền thanh và phân công các hộ", "2026-05-15"),
   T("Hội Liên hiệp Phụ nữ xã", "Hội Liên hiệp Phụ nữ xã phối hợp với Đoàn Thanh niên xã tổ chức thu gom", "2026-05-17",
     coop=["Đoàn Thanh niên xã"], deadline_any=[None]),
   T("Công chức Địa chính - Nông nghiệp - Xây dựng - Môi trường xã", "Công chức Địa chính - Nông nghiệp - Xây dựng - Môi trường kiểm tra các điểm tập kết rác",
     None, "weekly", deadline_any=[None, "2026-05-31"]),
   T("Các trường học trên địa bàn xã", "Các trường học trên địa bàn xã tổ chức cho học sinh dọn vệ sinh", "2026-05-17",
     deadline_any=[None])])
