# Gold files of the thirteenth fresh12 batch (1329; hand-written, labelled before any parser run; session 28, corpus17).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
d = {"kind": None, "symbol": None, "number": None, "place": None, "issued_on": None, "meeting_on": None,
     "chaired_by": None, "signed_by": None}
W("1329_quang_phu_telegram_chi_dao_khan_bao.txt", d,
  "fresh12 (blind). Hand-written: a TELEGRAM channel export of a commune (Sep 2026) — `[date time] sender:` message heads, an "
  "urgent direction of the chairman posted by the office with EMOJI KEYCAP NUMBERS (`1️⃣ … 7️⃣`) over `<unit short form>: task` "
  "(`BCH Quân sự xã`, `Phòng Kinh tế xã`, `Phòng VH-XH`, `Hiệu trưởng các trường MN, TH, THCS` (role holders), `Trưởng các thôn`), a "
  "reporting rule to every unit (`📋 Chế độ báo cáo: các đơn vị … trước 7h và 15h hằng ngày`: all units, periodic); times of day take "
  "the message's date (`trước 12h ngày 24/9`, `ngay trong tối nay` → 22/9, null defensible); `03 giờ/lần` (periodic); `cho học sinh "
  "nghỉ học ngày 24/9 và 25/9` (the first day, null defensible); `sau bão … trong vòng 24 giờ` (undated: null); a forwarded weather "
  "bulletin and members' acknowledgements (noise, one naming its own steps); the chairman's own added direction; the office's "
  "reminder next morning (`Ủy ban MTTQ xã và các đoàn thể … trước 10h sáng nay` → 23/9). No meeting and no administrative document: "
  "every field null.",
  [T("Ban Chỉ huy Quân sự xã", "tổ chức sơ tán 126 hộ ở vùng trũng thôn Phú Lễ, Phú Lương", "2026-09-24"),
   T("Công an xã", "bố trí lực lượng chốt chặn tại các ngầm tràn, không cho người và phương tiện qua lại"),
   T("Phòng Kinh tế", "kiểm tra hồ Khe Ngang, đập Bàu Sen; vận hành xả lũ theo quy trình", None, "periodic"),
   T("Trạm Y tế xã", "chuẩn bị cơ số thuốc, tổ cấp cứu lưu động tại 02 điểm sơ tán tập trung"),
   T("Trưởng các thôn", "thông báo trên loa truyền thanh thôn, vận động nhân dân chằng chống nhà cửa", "2026-09-22",
     deadline_any=["2026-09-22", None]),
   T("Hiệu trưởng các trường MN, TH, THCS", "cho học sinh nghỉ học ngày 24/9 và 25/9, kiểm tra, gia cố phòng học", "2026-09-24",
     deadline_any=["2026-09-24", None]),
   T("Phòng Văn hóa - Xã hội", "chuẩn bị gạo, nước uống, mì tôm hỗ trợ các hộ sơ tán"),
   T(ALL, "các đơn vị báo cáo tình hình về VP (đ/c Lan) trước 7h và 15h hằng ngày", None, "periodic"),
   T("Ban Quản lý dự án xã", "Ban Quản lý dự án xã kiểm tra, gia cố lán trại, hạ cần cẩu", "2026-09-23"),
   T("Ủy ban MTTQ Việt Nam xã", "Ủy ban MTTQ xã và các đoàn thể vận động hỗ trợ các hộ neo đơn", "2026-09-23",
     coop=["Các đoàn thể xã"])])
