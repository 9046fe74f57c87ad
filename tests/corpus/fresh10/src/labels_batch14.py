# Gold file of 1127 (fresh10; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
VP = "Văn phòng HĐND và UBND phường"; DV = "Trung tâm Dịch vụ sự nghiệp công phường"; ALL = "Các phòng, ban, đơn vị"
W("1127_phu_thuong_email_bang_phan_cong_ky_hop.txt",
  {"kind": None, "symbol": None, "number": None, "place": None, "issued_on": None,
   "meeting_on": "2026-11-12", "chaired_by": "Hà Văn Quyết", "signed_by": None},
  "fresh10 (blind). NEW layout: an E-MAIL of the office (headers `Từ / Đến / Ngày gửi / Chủ đề / Tệp đính kèm`) whose task list is a "
  "PLAIN-TEXT BOX TABLE drawn with `+---+` and `|`: cells wrap onto continuation lines with an empty TT cell; unit cells `VP (chủ "
  "trì); các đơn vị`, `MTTQ phối hợp` on the second line, `CAP; BCHQS` (first leads), `TT DVSNC; VP`; deadline cells `25/11` (the "
  "e-mail's year), `05 ngày làm việc trước kỳ họp` (the session printed above, Tuesday 08/12: 01/12; calendar 03/12), `xong trước "
  "16/11`, `18/11 và 08/12` (the earlier, the later defensible), `T11/2026`, `Q4/2026`, `Hằng tuần (thứ Sáu)`; a row `(đã xong)` "
  "(not a task); a prose line after the table naming a person by nickname and unit `Riêng đồng chí Bảo (CA phường): đề nghị … "
  "trước 17h thứ Tư 25/11` (the unit); the signature and a quoted earlier message `> …` (noise). Not an administrative document: "
  "only meeting_on and chaired_by (the chairman's meeting the e-mail carries out).",
  [T(VP, "Chuẩn bị báo cáo kinh tế - xã hội năm 2026,", "2026-11-27", coop=[ALL]),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Dự thảo nghị quyết dự toán ngân sách phường", "2026-11-25"),
   T(VP, "Tổng hợp ý kiến, kiến nghị cử tri sau tiếp", "2026-12-01", deadline_any=["2026-12-03"]),
   T(DV, "Khánh tiết, âm thanh, sân khấu Ngày hội", "2026-11-16", coop=["Ủy ban MTTQ Việt Nam phường"]),
   T("Phòng Văn hóa - Xã hội", "Chuẩn bị 50 suất quà tặng hộ nghèo, hộ cận", "2026-11-16"),
   T("Công an phường", "Bảo đảm an ninh trật tự Ngày hội và kỳ họp", "2026-11-18", coop=["Ban Chỉ huy Quân sự phường"],
     deadline_any=["2026-12-08"]),
   T(VP, "Rà soát danh sách đại biểu, phát hành giấy", "2026-11-30"),
   T(DV, "Trang trí hội trường kỳ họp", "2026-12-07", coop=[VP]),
   T("Ban Tiếp công dân phường", "Báo cáo kết quả giải quyết đơn thư, kiến nghị", "2026-12-31"),
   T(ALL, "Cập nhật tiến độ các việc trong bảng này", None, "weekly"),
   T("Công an phường", "đề nghị gửi phương án bảo vệ kỳ họp về Văn phòng trước 17h", "2026-11-25")])
