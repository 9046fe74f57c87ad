# Gold files of the fifth fresh5 batch (labelled by hand before any parser run).
from labels_common import T, W, NEWS
W("620_van_chuong_ban_scan_ngat_dong.pdf",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "57", "place": "Văn Chương", "issued_on": "2027-01-19",
   "meeting_on": None, "chaired_by": None, "signed_by": "Đinh Thị Ngọc Lan"},
  "fresh5 (blind). Hand-written (.pdf) in a scanned style: `UỶ`/`HOÀ` spellings, `Số: 57 /TB-UBND`, a title broken over two lines, "
  "every item wrapped mid-phrase, a page number `- 1 -` between items; `vào các buổi tối từ thứ Hai đến thứ Sáu hằng tuần cho đến hết "
  "ngày 15/02/2027` (periodic, weekly defensible; the window's end); `trong vòng 10 ngày kể từ ngày ký`; a Nơi nhận block.",
  [T("Đội Quản lý trật tự đô thị phường", "Đội Quản lý trật tự đô thị phường tổ chức ra quân xử lý tình trạng lấn chiếm", "2027-02-15", "periodic",
     deadline_any=["2027-02-15", None], recurrence_any=["periodic", "weekly"]),
   T("Trung tâm Dịch vụ sự nghiệp công", "Trung tâm Dịch vụ sự nghiệp công phối hợp với công ty môi trường đô thị thu gom rác thải", "2027-02-05", coop=["Công ty môi trường đô thị"]),
   T("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội chủ trì kiểm tra các cơ sở kinh doanh dịch vụ karaoke", "2027-01-29"),
   T("Ban Chỉ huy Quân sự phường", "Ban Chỉ huy Quân sự phường xây dựng kế hoạch trực sẵn sàng chiến đấu", "2027-02-01"),
   T("Tổ trưởng các tổ dân phố", "Tổ trưởng các tổ dân phố nhắc nhở các hộ gia đình không đốt vàng mã")])
W("621_cat_linh_cong_van_de_nghi_quy_iii.md",
  {"kind": "cong_van", "symbol": "UBND-KT", "number": "204", "place": "Cát Linh", "issued_on": "2026-06-08",
   "subject": "triển khai rà soát, sửa chữa hệ thống thoát nước trước mùa mưa năm 2026",
   "meeting_on": None, "chaired_by": None, "signed_by": "Mai Văn Hùng"},
  "fresh5 (blind). Hand-written (markdown): header as a pipe table with the V/v in a cell; `Kính gửi` to all units and role holders; "
  "bullets whose unit follows an em dash in italics (`— *X thực hiện*`, `— *X thực hiện, Y phối hợp*`); bold deadlines "
  "`trong quý III/2026`, `vào sáng thứ Bảy hằng tuần`, `định kỳ hằng quý`; `trước mùa mưa` only in the V/v.",
  [T("Trung tâm Dịch vụ sự nghiệp công", "Nạo vét toàn bộ hệ thống cống, rãnh thoát nước trong các ngõ, hẻm", "2026-09-30"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Lập danh sách các điểm thường xuyên úng ngập, đề xuất phương án cải tạo", "2026-06-20"),
   T("Tổ trưởng các tổ dân phố", "Phát loa nhắc người dân không xả rác xuống miệng cống", None, "weekly"),
   T("Đội Quản lý trật tự đô thị phường", "Kiểm tra, xử lý các công trình xây dựng lấn chiếm hành lang thoát nước", None, "quarterly", coop=["Phòng Kinh tế, Hạ tầng và Đô thị"])])
