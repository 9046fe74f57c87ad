# Gold files of the eighth fresh6 batch (722-724; labelled by hand before any parser run; session 25).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
VP = "Văn phòng HĐND và UBND phường"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH = "Phòng Văn hóa - Xã hội"
PV = "Trung tâm Phục vụ hành chính công"
W("722_tay_ho_cong_van_don_doc_qua_han.pdf",
  {"kind": "cong_van", "symbol": "VP", "number": "61", "place": "Tây Hồ", "issued_on": "2026-10-02",
   "subject": "đôn đốc thực hiện các nhiệm vụ chậm tiến độ", "meeting_on": None, "chaired_by": None, "signed_by": "Bùi Thanh Tùng"},
  "fresh6 (blind). Hand-written (.pdf with a real table): the ward office's REMINDER of overdue tasks: header table with the V/v "
  "under the number; a status date in the preamble; a table with numbered columns `(1)`…`(6)`: task, the assigning document with "
  "its date (noise), the lead unit in abbreviations, the OLD deadline (`Hạn đã giao`: noise) and the NEW one (`Hạn mới`: the "
  "deadline); the office's own warning (noise); `ngay sau khi hoàn thành nhiệm vụ` (no date; optional line to all units).",
  [T(KT, "Hoàn thiện hồ sơ cưỡng chế công", "2026-10-10"),
   T(VH, "Báo cáo kết quả rà soát hộ nghèo,", "2026-10-08"),
   T("Công an phường", "Cập nhật dữ liệu dân cư vào phần", "2026-10-15"),
   T(VP, "Thanh lý tài sản, trang thiết bị hư", "2026-10-20"),
   T(PV, "Lắp đặt bảng chỉ dẫn, sơ đồ vị trí", "2026-10-09"),
   T(ALL, "Các đơn vị gửi kết quả thực hiện về Văn phòng", optional=True)])
W("723_phuong_liet_lo_trinh_theo_moc_ngay.md",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "19", "place": "Phương Liệt", "issued_on": "2026-01-20",
   "meeting_on": "2026-01-19", "chaired_by": "Trương Minh Đức", "signed_by": "Hồ Thị Lan"},
  "fresh6 (blind). Hand-written (markdown): a ROADMAP whose DEADLINES ARE HEADINGS (`#### Mốc 1 — Trước ngày 31/01/2026`, `Mốc "
  "3 — Từ ngày 01/3 đến hết ngày 14/3/2026`, `Mốc 4 — Ngày bầu cử (15/3/2026)`, `Mốc 5 — Sau ngày bầu cử`) over `- **Unit:** "
  "task` bullets; the election day printed in the preamble (information); a window (its end, null defensible); `2 giờ một lần` "
  "(periodic); `trong vòng 10 ngày kể từ ngày bầu cử` (counted from the printed day).",
  [T(VP, "Văn phòng HĐND và UBND phường: hoàn thiện hồ sơ chia 27 khu vực bỏ phiếu", "2026-01-31"),
   T("Công an phường", "Công an phường: đối chiếu dữ liệu nhân khẩu thường trú, tạm trú", "2026-01-31"),
   T(VH, "Phòng Văn hóa - Xã hội: treo băng rôn, khẩu hiệu, pano cổ động bầu cử", "2026-02-12"),
   T("Tổ trưởng các tổ dân phố", "Tổ trưởng các tổ dân phố: phối hợp Tổ bầu cử niêm yết danh sách cử tri", "2026-02-12", coop=["Tổ bầu cử"]),
   T("Trung tâm Dịch vụ sự nghiệp công phường", "Trung tâm Dịch vụ sự nghiệp công phường: phát thanh tin, bài về bầu cử trên hệ thống loa",
     "2026-03-14", "periodic", deadline_any=["2026-03-14", None]),
   T("Ban Chỉ huy Quân sự phường", "Ban Chỉ huy Quân sự phường: phối hợp Công an phường tuần tra, bảo vệ an toàn các điểm bỏ phiếu",
     "2026-03-14", coop=["Công an phường"], deadline_any=["2026-03-14", None]),
   T("Các Tổ bầu cử", "Các Tổ bầu cử: khai mạc bỏ phiếu đúng 7 giờ; báo cáo tỷ lệ cử tri đi bầu", "2026-03-15", "periodic",
     deadline_any=["2026-03-15", None]),
   T(VP, "Văn phòng HĐND và UBND phường: tổng hợp, bàn giao hồ sơ, tài liệu bầu cử cho lưu trữ", "2026-03-25")])
W("724_dai_mo_ke_hoach_phan_cong_theo_muc.txt",
  {"kind": "ke_hoach", "symbol": "KH-UBND", "number": "12", "place": "Đại Mỗ", "issued_on": "2027-01-15",
   "meeting_on": None, "chaired_by": None, "signed_by": "Nông Thị Hường"},
  "fresh6 (blind). Hand-written: a plan whose `II. NỘI DUNG` items name NO unit and whose units come later BY REFERENCE (`III. "
  "PHÂN CÔNG THỰC HIỆN`: `X chủ trì thực hiện nội dung tại mục II.2 và II.5`; `phối hợp … thực hiện mục II.4`): each II item is a "
  "task of the unit that cites it; the III lines that only cite items are not tasks, III.1's own report is; Mục đích targets, "
  "Kinh phí (noise); `trong quý I/2027`, `trong tháng 5/2027`, `hằng ngày`, `định kỳ hằng quý`.",
  [T(VP, "Rà soát, chuẩn hóa dữ liệu hồ sơ cán bộ, công chức", "2027-03-31"),
   T(VH, "Tổ chức 04 lớp tập huấn kỹ năng số", "2027-04-30"),
   T(PV, "Bố trí nhân viên hướng dẫn người dân nộp hồ sơ trực tuyến", None, "periodic"),
   T(VP, "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực", "2027-09-30", coop=[PV]),
   T(VH, "Phát động cuộc thi \"Gia đình số\" trên địa bàn phường", "2027-05-31"),
   T("Công an phường", "Tuyên truyền phòng, chống lừa đảo trên không gian mạng", None, "quarterly"),
   T(VP, "Văn phòng HĐND và UBND phường chủ trì thực hiện các nội dung tại mục II.1 và II.4; tổng hợp, báo cáo kết quả thực hiện Kế hoạch",
     "2027-12-10")])
