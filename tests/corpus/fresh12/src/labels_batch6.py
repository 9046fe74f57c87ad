# Gold files of the sixth fresh12 batch (1322; hand-written, labelled before any parser run; session 28, corpus17).
from use_common import T, W, NEWS
VH = "Phòng Văn hóa - Xã hội"; ALL = "Các phòng, ban, đơn vị"
DAYS = [None, "2027-03-28", "2027-04-04"]
W("1322_phu_loi_phan_cong_dai_hoi_the_thao_o_gop.docx",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "39", "place": "Phú Lợi", "issued_on": "2027-03-01",
   "meeting_on": "2027-02-26", "chaired_by": "Vương Quốc Khánh", "signed_by": "Vương Quốc Khánh"},
  "fresh12 (blind). Hand-written (.docx with a real Word table from src/*.html): a ward's PHÂN CÔNG NHIỆM VỤ table with MERGED "
  "CELLS in four ways: a unit cell over three rows (rows 1-3), a partner cell over two rows (8-9), a deadline cell over two rows "
  "(5-6), and one cell spanning the unit AND partner columns (`Các phòng, ban, đơn vị, tổ dân phố theo chức năng, nhiệm vụ`: all "
  "units); group rows; `nt`; a `Ghi chú` holding a weekly report (row 3: recurrence) or `Đã hoàn thành` (row 4: not a task) or the "
  "closing day `Bế mạc dự kiến 04/4/2027` (row 12: `Trong vòng 07 ngày kể từ ngày bế mạc` → 11/4/2027); `Trước ngày khai mạc 03 "
  "ngày` with the opening printed in the preamble (28/3/2027 → 25/3); `Các ngày thi đấu` (days an activity is held: null, the first "
  "or last day defensible); a window `Từ 15/3 đến 28/3/2027` (its end, null defensible); the Ban Tổ chức meeting the notice rests "
  "on (26/02/2027, chaired by the deputy chairman who signs).",
  [T(VH, "Xây dựng điều lệ các môn thi đấu, gửi các tổ dân phố", "2027-03-05", coop=["Liên đoàn các môn"]),
   T(VH, "Tổ chức tập huấn trọng tài, thư ký các môn thi đấu", "2027-03-15", coop=["Trung tâm Dịch vụ sự nghiệp công"]),
   T(VH, "Tổng hợp danh sách vận động viên đăng ký thi đấu", "2027-03-18", "weekly", coop=["Văn phòng HĐND và UBND phường"]),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Lập dự toán kinh phí tổ chức Đại hội, trình phê duyệt", "2027-03-10", coop=[VH]),
   T("Ủy ban MTTQ Việt Nam phường", "Vận động các doanh nghiệp trên địa bàn tài trợ giải thưởng", "2027-03-10",
     coop=["Hội Doanh nhân phường"]),
   T("Trung tâm Dịch vụ sự nghiệp công", "Sửa chữa khán đài, kẻ vạch sân thi đấu, lắp đặt hệ thống âm thanh", "2027-03-25",
     coop=["Phòng Kinh tế, Hạ tầng và Đô thị"]),
   T("Công an phường", "Xây dựng phương án bảo đảm an ninh trật tự, phòng cháy chữa cháy", "2027-03-20",
     coop=["Ban Chỉ huy Quân sự phường"]),
   T("Công an phường", "Bố trí lực lượng làm nhiệm vụ trong các ngày thi đấu", None, deadline_any=DAYS,
     coop=["Ban Chỉ huy Quân sự phường"]),
   T("Trạm Y tế phường", "Bố trí tổ sơ cấp cứu, xe cứu thương trực tại sân", None, deadline_any=DAYS),
   T(ALL, "Treo băng rôn, phát thanh tuyên truyền về Đại hội trên hệ thống loa", "2027-03-28", deadline_any=["2027-03-28", None]),
   T("Văn phòng HĐND và UBND phường", "Chuẩn bị cờ, huy chương, giấy khen; tổng hợp đề nghị khen thưởng sau Đại hội", "2027-04-11",
     coop=[VH])])
