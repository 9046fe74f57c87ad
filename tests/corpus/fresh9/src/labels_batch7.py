# Gold files of the seventh fresh9 batch (1016; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
W("1016_an_dong_mttq_giao_ban_du_luan_xa_hoi.txt", NEWS("2027-01-08", "Huỳnh Thị Mỹ Dung"),
  "fresh9 (blind). Rewritten from a real text: a Fatherland Front site's page on a ward Front's briefing on public opinion (Jan 2027): "
  "the Front's two-line header, a title in capitals, the meeting time written `14 giờ 00 ngày 08 tháng 01 năm 2027` in the Căn cứ "
  "sentence, `chủ trì hội nghị: Bà … – Chủ tịch …` (the chair after a colon), image file names left in the text, public opinion topics "
  "(noise); tasks (added in the source's wording): `đề nghị các Ban Công tác Mặt trận khu phố …`, `Ban Thanh tra nhân dân phường …; báo "
  "cáo … hằng quý`, `Các tổ chức thành viên …` (the Front's member organisations); `GÓP Ý KIẾN` (a comment link).",
  [T("Các Ban Công tác Mặt trận khu phố", "đề nghị các Ban Công tác Mặt trận khu phố khảo sát nhu cầu chăm lo Tết", "2027-01-15"),
   T("Ban Thanh tra nhân dân phường", "Ban Thanh tra nhân dân phường giám sát việc trao quà Tết", None, "quarterly"),
   T("Các tổ chức thành viên Ủy ban MTTQ Việt Nam phường",
     "Các tổ chức thành viên góp ý dự thảo thang điểm thi đua Ban Công tác Mặt trận năm 2027", "2027-01-22")])
