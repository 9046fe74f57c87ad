# Gold files of the second fresh9 batch (1004-1006; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("1004_thach_ban_tin_cong_van_sau_ky_nghi_le.txt", NEWS(None, None),
  "fresh9 (blind). Rewritten from a real text: a district portal item on the district's công văn after the 30/4 holiday (May 2024): "
  "`(16:45:00 03/05/2024)` stamp, two documents' dates in the lead; `UBND huyện yêu cầu Trung tâm Y tế huyện …` then one line per "
  "subject: `Phòng Giáo dục và Đào tạo huyện chỉ đạo các trường …` (the phòng leads), `Chủ tịch UBND các xã, thị trấn chịu trách "
  "nhiệm …; chỉ đạo trạm y tế …` (plural role holder), two units as one subject; `trước 16 giờ thứ Năm hằng tuần`; a Google Drive "
  "link, byline, comment form and a broken weather widget (`Đ?ẩm:`). Every document field null.",
  [T("Trung tâm Y tế huyện", "Trung tâm Y tế huyện tăng cường giám sát ca bệnh tại các trường mầm non", None, "weekly"),
   T("Phòng Giáo dục và Đào tạo huyện", "Phòng Giáo dục và Đào tạo huyện chỉ đạo các trường mầm non, tiểu học tổ chức vệ sinh",
     "2024-05-08"),
   T("Chủ tịch UBND các xã, thị trấn",
     "Chủ tịch UBND các xã, thị trấn chịu trách nhiệm trước Chủ tịch UBND huyện về công tác phòng, chống dịch trên địa bàn"),
   T("Phòng Văn hóa và Thông tin huyện", "Phòng Văn hóa và Thông tin huyện phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao huyện",
     coop=["Trung tâm Văn hóa, Thông tin và Thể thao huyện"])])
W("1005_phuoc_lam_tin_thuc_hien_ket_luan_thanh_tra.txt", NEWS(None, None),
  "fresh9 (blind). Rewritten from a real text: a provincial portal item on the chairman's letter about carrying out inspection "
  "conclusions (Nov 2024): breadcrumb, `Ngày đăng: … | Lượt xem:`; `yêu cầu các sở, ban, ngành; UBND các huyện …` (all units) then a "
  "subject-less `Đồng thời, …` (optional); `Thanh tra tỉnh và thanh tra các huyện …` (two bodies); a conditional rule with no subject "
  "(optional, null); `Các cơ quan, đơn vị, địa phương còn kiến nghị …` (all units) `trước ngày 15/12/2024`; `định kỳ 6 tháng, năm` "
  "(periodic); data years `từ năm 2021 đến năm 2023` (not deadlines); `Nguồn:` and other news. Every document field null.",
  [T(ALL, "yêu cầu các sở, ban, ngành; UBND các huyện, thị xã, thành phố căn cứ chức năng, nhiệm vụ được giao tổ chức thực hiện",
     coop=["UBND các huyện, thị xã, thành phố"]),
   T(ALL, "Đồng thời, tăng cường tuyên truyền, phổ biến các quy định của pháp luật", optional=True),
   T("Thanh tra tỉnh", "Thanh tra tỉnh và thanh tra các huyện, thị xã, thành phố thực hiện nghiêm việc gửi",
     coop=["Thanh tra các huyện, thị xã, thành phố"]),
   T(None, "Trong quá trình thanh tra, nếu phát hiện vi phạm có dấu hiệu tội phạm", optional=True),
   T(ALL, "Các cơ quan, đơn vị, địa phương còn kiến nghị chưa thực hiện xong", "2024-12-15"),
   T("Thanh tra tỉnh", "Giao Thanh tra tỉnh theo dõi, đôn đốc, tổng hợp kết quả thực hiện", None, "periodic")])
W("1006_lang_ha_tin_ket_luan_thanh_tra_dong_mo.txt", NEWS(None, None),
  "fresh9 (blind). Rewritten from a real text: an inspection newspaper on a provincial INSPECTION CONCLUSION about a district chairman "
  "(Mar 2024): the conclusion's number and date, the inspected period, findings and figures (noise, `tiếp công dân định kỳ` a noun's "
  "frequency in a finding); `Thanh tra tỉnh yêu cầu Chủ tịch UBND huyện Đồng Mỏ chỉ đạo Thanh tra huyện …` (the addressee leads; a "
  "singular head stands for the body); `hoàn thành trong thời hạn 30 ngày kể từ ngày ban hành kết luận thanh tra` (counted from the "
  "printed 22/3/2024); `Ban Tiếp công dân huyện …`; `giao Phòng Nghiệp vụ 2 …`; keywords line. Every document field null.",
  [T("UBND huyện Đồng Mỏ", "yêu cầu Chủ tịch UBND huyện Đồng Mỏ chỉ đạo Thanh tra huyện chấn chỉnh việc xây dựng kế hoạch kiểm tra"),
   T("UBND huyện Đồng Mỏ", "Chủ tịch UBND huyện Đồng Mỏ tổ chức kiểm điểm trách nhiệm đối với tập thể, cá nhân", "2024-04-21"),
   T("Ban Tiếp công dân huyện", "Ban Tiếp công dân huyện rà soát, giải quyết dứt điểm 29 đơn còn tồn đọng", "2024-06-30"),
   T("Phòng Nghiệp vụ 2", "giao Phòng Nghiệp vụ 2 theo dõi, đôn đốc việc thực hiện kết luận thanh tra này")])
