# Gold files of the seventh fresh6 batch (719-721; labelled by hand before any parser run; session 25).
from use_common import T, W, NEWS
VP = "Văn phòng HĐND và UBND phường"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH = "Phòng Văn hóa - Xã hội"
PV = "Trung tâm Phục vụ hành chính công"
W("719_hong_ha_bao_cao_nhiem_vu_thang11.pdf",
  {"kind": "bao_cao", "symbol": "BC-UBND", "number": "402", "place": "Hồng Hà", "issued_on": "2026-10-28",
   "meeting_on": None, "chaired_by": None, "signed_by": "Trịnh Văn Hào"},
  "fresh6 (blind). Hand-written (.pdf): a ward's monthly REPORT (`BÁO CÁO`, `BC-UBND`) whose first parts are results in the PAST "
  "tense naming the same units as the tasks (`Phòng … đã cấp 26 giấy phép`, `Công an phường đã tiếp nhận …`: noise), figures and "
  "shortcomings; only `III. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM THÁNG 11/2026` holds tasks, by field headings over `-` bullets; one "
  "bullet with two subjects joined by `;` (two tasks); `trợ cấp hằng tháng` in a past result; an anniversary `(20/10)`; `trong tháng "
  "11/2026`; `vào sáng thứ Ba, thứ Năm hằng tuần`; a recommendation to a city department (optional); `Trên đây là …`.",
  [T(KT, "Phòng Kinh tế, Hạ tầng và Đô thị đôn đốc các hộ kinh doanh nộp thuế khoán quý IV", "2026-11-25"),
   T("Đội Quản lý trật tự đô thị phường", "Đội Quản lý trật tự đô thị phường ra quân lập lại trật tự vỉa hè tuyến Trần Quang Khải", None, "weekly"),
   T(VH, "Phòng Văn hóa - Xã hội phối hợp với Ủy ban MTTQ Việt Nam phường tổ chức Ngày hội Đại đoàn kết", "2026-11-18",
     coop=["Ủy ban MTTQ Việt Nam phường"]),
   T("Trạm Y tế phường", "Trạm Y tế phường triển khai tiêm bổ sung vắc xin sởi", "2026-11-30"),
   T("Công an phường", "Công an phường mở đợt cao điểm tấn công trấn áp tội phạm dịp cuối năm"),
   T("Ban Chỉ huy Quân sự phường", "Ban Chỉ huy Quân sự phường tổ chức sơ tuyển nghĩa vụ quân sự năm 2027", "2026-11-30"),
   T(VP, "Văn phòng HĐND và UBND phường chuẩn bị các báo cáo trình kỳ họp thường lệ cuối năm 2026"),
   T("Sở Xây dựng", "Đề nghị Sở Xây dựng sớm có ý kiến thẩm định hồ sơ dự án", optional=True)])
W("720_nghia_do_ioffice_van_ban_den.txt",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "145", "issued_on": "2026-12-14",
   "meeting_on": "2026-12-11", "chaired_by": "Lương Thị Hải Yến", "signed_by": "Lương Thị Hải Yến"},
  "fresh6 (blind). Hand-written: an E-OFFICE EXPORT (`VNPT iOffice - CHI TIẾT VĂN BẢN ĐẾN`): arrival number and date, `Số ký "
  "hiệu:`, `Ngày văn bản:`, `Người ký:` fields (the document fields come from them; no place-and-date line, so `place` is left "
  "out), the system's `Hạn xử lý` (not a task deadline), the text extracted from the attachment between dashed markers, then the "
  "processing log with abbreviated units (noise). Inside: a lead-in `1. Trung tâm …:` over `-` items, items with their own "
  "subjects; `vào sáng thứ Bảy hằng tuần, bắt đầu từ tháng 01/2027` (a start, weekly); `trong quý I/2027`; `thực hiện đến hết ngày "
  "15/01/2027` (the task's window).",
  [T(PV, "Bố trí thêm 02 quầy tiếp nhận hồ sơ đất đai vào sáng thứ Bảy hằng tuần", None, "weekly"),
   T(PV, "Hoàn thành việc lắp đặt ki-ốt tra cứu kết quả hồ sơ tại sảnh", "2026-12-31"),
   T(VP, "Văn phòng HĐND và UBND phường phối hợp với Trung tâm rà soát vị trí việc làm", "2027-03-31", coop=[PV]),
   T(KT, "Phòng Kinh tế, Hạ tầng và Đô thị cử 01 công chức thường trực tại Trung tâm", None, "weekly"),
   T("Công an phường", "Giao Công an phường bố trí cán bộ hỗ trợ người dân kích hoạt tài khoản", "2027-01-15",
     deadline_any=["2027-01-15", None])])
TCT = "Tổ công tác rà soát, cập nhật dữ liệu đất đai phường"
W("721_phu_thuong_quyet_dinh_to_cong_tac_dat_dai.docx",
  {"kind": "quyet_dinh", "symbol": "QĐ-UBND", "number": "156", "place": "Phú Thượng", "issued_on": "2026-06-02",
   "meeting_on": None, "chaired_by": None, "signed_by": "Đỗ Anh Tuấn"},
  "fresh6 (blind). Hand-written (.docx): a DECISION ESTABLISHING A WORKING TEAM: Căn cứ lines with dates; `Điều 1` defines the "
  "team (`sau đây gọi là Tổ công tác`) and lists its members with their titles and units (noise); `Điều 2. Nhiệm vụ của Tổ công "
  "tác` numbered duties with no subject (the defined team leads); an unnumbered line on the team's weekly meeting (optional) and "
  "its dissolution (noise); `Điều 3. Giao X là cơ quan thường trực …` (a task); the `Điều 4` enforcement formula naming units "
  "(noise); `hằng tháng` at the end of a duty.",
  [T(TCT, "Rà soát, đối chiếu hồ sơ địa chính với hiện trạng sử dụng đất", "2026-07-31"),
   T(TCT, "Cập nhật, chỉnh lý biến động đất đai vào cơ sở dữ liệu", None, "monthly"),
   T(TCT, "Tổng hợp các trường hợp sai lệch giữa hồ sơ và thực địa", "2026-08-15"),
   T(TCT, "Tổ công tác họp giao ban vào chiều thứ Sáu hằng tuần", None, "weekly", optional=True),
   T(KT, "Giao Phòng Kinh tế, Hạ tầng và Đô thị là cơ quan thường trực của Tổ công tác, bố trí địa điểm")])
