# Gold files of the tenth fresh9 batch (1019-1020; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
W("1019_vinh_hung_ket_luan_bi_thu_btv_mo_rong.pdf", NEWS("2027-05-17", "Trần Quốc Khánh"),
  "fresh9 (blind). Rewritten from a real text (.pdf): a commune portal's page on the party secretary's CONCLUSION at the standing "
  "committee's enlarged conference (May 2027): site title, breadcrumb, `Cập nhật:` stamp (not a date of the meeting), a standfirst, "
  "`Chiều 17/5` (the meeting; the year from the stamp and the body); `đề nghị Ủy ban nhân dân xã …` (a party notice: the UBND leads), "
  "`Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp các đoàn thể …`, `Các chi bộ ấp duy trì sinh hoạt định kỳ vào ngày 05 hằng tháng` "
  "(monthly, the noun reading defensible), `giao Văn phòng Đảng ủy xã … tại hội nghị tháng 6` (null, the month's end defensible); "
  "`Nguồn:`.",
  [T("UBND xã Vĩnh Hưng", "đề nghị Ủy ban nhân dân xã rà soát tiến độ giải ngân vốn", "2027-06-30"),
   T("Ủy ban MTTQ Việt Nam xã", "Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp các đoàn thể vận động nhân dân hiến đất", "2027-06-30",
     coop=["Các đoàn thể xã"]),
   T("Các chi bộ ấp", "Các chi bộ ấp duy trì sinh hoạt định kỳ vào ngày 05 hằng tháng", None, "monthly",
     recurrence_any=["monthly", None]),
   T("Văn phòng Đảng ủy xã", "giao Văn phòng Đảng ủy xã theo dõi, tổng hợp việc thực hiện kết luận", None,
     deadline_any=[None, "2027-06-30"])])
W("1020_hoa_thuan_tin_doan_phuong_chu_nhat_xanh.md",
  {"kind": None, "place": None, "issued_on": None, "chaired_by": None, "signed_by": None},
  "fresh9 (blind). Rewritten from a real text (markdown): a city culture site's item on a ward's `Chủ nhật xanh` (Mar 2026): breadcrumb "
  "links, a `###` title, a bold lead with `Sáng 22/3`, past activities (noise); the deputy chairwoman's requests (added): `đề nghị Ban "
  "điều hành các khối phố …`, `yêu cầu phòng kinh tế, hạ tầng và đô thị phường …` (lower case) `02 lần/tuần`, `Đoàn phường … vào Chủ nhật "
  "cuối cùng của tháng, hằng tháng; báo cáo … trước ngày 05 của tháng sau`; `Tác giả bài viết:`, `Nguồn tin:`, `Ý kiến bạn đọc`. A "
  "launch event: meeting_on left out.",
  [T("Ban điều hành các khối phố", "đề nghị Ban điều hành các khối phố vận động hộ dân phân loại rác tại nguồn", "2026-04-30"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "yêu cầu phòng kinh tế, hạ tầng và đô thị phường phối hợp với đơn vị thu gom", None, "weekly"),
   T("Đoàn Thanh niên phường", "Đoàn phường duy trì ra quân vào Chủ nhật cuối cùng của tháng", None, "monthly")])
