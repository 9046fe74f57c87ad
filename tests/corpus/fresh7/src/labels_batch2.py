# Gold files of the second fresh7 batch (804-806; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
W("804_thap_son_tin_chu_tich_huyen_kiem_tra_chot_kiem_dich.txt", NEWS("2024-09-12", "Võ Thị Kim Loan"),
  "fresh7 (blind). Rewritten from a district portal's news of the chairman's inspection of checkpoints (Covid, 2021; African "
  "swine fever, September 2024 here): the portal's `Xuất bản thông tin` / `null …` / `Chi tiết bài viết` lines and the headline "
  "twice; findings (noise); `Bà X yêu cầu các địa phương cần …` (the inspected communes, kept as written); a topic opener before the "
  "assignment (`Việc …, Chủ tịch UBND huyện giao Công an huyện chủ trì …`); `Phòng Nông nghiệp và PTNT huyện phối hợp …` with "
  "`trước ngày 20/9/2024` (added); `Biên tập:` line. A news item: document fields null, the inspection day and its leader kept.",
  [T("Các địa phương", "yêu cầu các địa phương cần chấn chỉnh ngay, bố trí lại các chốt cho phù hợp"),
   T("Công an huyện", "Chủ tịch UBND huyện giao Công an huyện chủ trì, hướng dẫn để các xã, thị trấn phân công trực"),
   T("Phòng Nông nghiệp và Phát triển nông thôn huyện", "Phòng Nông nghiệp và PTNT huyện phối hợp Trạm Chăn nuôi và Thú y tổng hợp số lượng gia súc",
     "2024-09-20", coop=["Trạm Chăn nuôi và Thú y"])])
W("805_vinh_an_tin_chu_nhat_xanh.txt",
  {"kind": None, "place": None, "issued_on": None, "meeting_on": None, "chaired_by": None, "signed_by": None},
  "fresh7 (blind). Rewritten from a commune portal item on its `Ngày Chủ nhật xanh` plan (2019, dated April 2026 here): the "
  "portal's link boxes and pipes, a capitalised headline with the update date on the same line, a one-line summary, then ONE "
  "paragraph: the commune's own mobilisation `định kỳ ra quân vào sáng Chủ nhật hằng tuần` (the commune's own programme: optional, "
  "null), then `Theo kế hoạch, X phối hợp Y …, hằng tháng`, `Trưởng các thôn …`, `Các trường học trên địa bàn xã …` with `trước "
  "ngày 30/4/2026` (added); an aim sentence (noise); author line glued to `Các tin khác`; a visit counter.",
  [T(None, "huy động toàn thể cán bộ, công chức, hội viên các đoàn thể ở thôn, giáo viên và học sinh", None, "weekly", optional=True),
   T("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội xã phối hợp với Đoàn Thanh niên xã kiểm tra, chấm điểm kết quả ra quân",
     None, "monthly", coop=["Đoàn Thanh niên xã"]),
   T("Trưởng các thôn", "Trưởng các thôn thông báo lịch ra quân trên loa truyền thanh thôn"),
   T("Các trường học trên địa bàn xã", "Các trường học trên địa bàn xã phân công học sinh chăm sóc các bồn hoa", "2026-04-30")])
W("806_xuan_hiep_tin_ra_quan_ve_sinh_don_tet.txt",
  {"kind": None, "place": None, "issued_on": None, "meeting_on": None, "chaired_by": None, "signed_by": None},
  "fresh7 (blind). Rewritten from a commune page (provincial science-portal subsite) on a pre-Tết clean-up (2021, January 2027 "
  "here): the subsite's navigation words, the headline with `Cập nhật25-01-2027 03:14` glued to it; the implementing plan's number "
  "and date, the campaign days and figures (noise); a photo caption with a typo; `UBND xã chỉ đạo các ban ấp tiếp tục …` (the "
  "commune's own leadership directs a named body: the ban ấp lead); `Đoàn Thanh niên xã … vào sáng thứ Bảy hằng tuần đến hết tháng "
  "02/2027` and `Công an xã … trước ngày 02/02/2027` (added). No meeting, no chair: every document field null.",
  [T("Các ban ấp", "UBND xã chỉ đạo các ban ấp tiếp tục tuyên truyền, vận động nhân dân dọn dẹp vệ sinh"),
   T("Đoàn Thanh niên xã", "Đoàn Thanh niên xã duy trì đội hình thanh niên tình nguyện", "2027-02-28", "weekly",
     deadline_any=["2027-02-28", None]),
   T("Công an xã", "Công an xã tăng cường tuần tra, bảo đảm an ninh trật tự tại các điểm chợ Tết", "2027-02-02")])
