# Gold file of 1124 (fresh10; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
VH = "Phòng Văn hóa - Xã hội"; DV = "Trung tâm Dịch vụ sự nghiệp công phường"
W("1124_tuong_mai_ke_hoach_phong_chong_duoi_nuoc.pdf",
  {"kind": "ke_hoach", "symbol": "KH-UBND", "number": "87", "place": "Tương Mai", "issued_on": "2027-04-16",
   "meeting_on": None, "chaired_by": None, "signed_by": "Vũ Thị Thanh Hoa"},
  "fresh10 (blind). COMMON layout (.pdf from the text filter, lines wrapped as printed): a ward KẾ HOẠCH; Mục đích numbered "
  "`1. 2.`, Chỉ tiêu with a date (noise), `III. NỘI DUNG HOẠT ĐỘNG` bullets naming no unit (optional, one), Kinh phí; `V. TỔ CHỨC "
  "THỰC HIỆN`: a lower-case heading WITHOUT a colon `1. phòng văn hóa – xã hội (cơ quan thường trực)` over `a) b) c)`, `2. Trung "
  "tâm DVSNC phường: …`, `3. X phối hợp với Y …`, `4. Công an phường chỉ đạo Cảnh sát khu vực …` (a body directs its own officers: "
  "the body leads), `5. Các trường học trên địa bàn: …`, role holders, `7. Đề nghị … và các tổ chức chính trị - xã hội phường …`, "
  "a `Chế độ báo cáo: các đơn vị …` line (all units); `trình trước ngày 30/4` (no year), `trong tháng 6 và tháng 7/2027`, `định kỳ "
  "hằng tháng (trước ngày 25)`, `trong vòng 20 ngày kể từ ngày ký Kế hoạch` (16/4 + 20 = 06/5), weekends `hằng tuần từ tháng 6 "
  "đến hết tháng 8/2027` (weekly, the end month; null defensible), `01 lần/tuần trong dịp hè`, `xong trước 01/6`.",
  [T(None, "Rà soát các điểm có nguy cơ đuối nước; lắp biển cảnh báo, rào chắn", optional=True),
   T(VH, "Tham mưu UBND phường thành lập Tổ công tác phòng, chống đuối", "2027-04-30"),
   T(VH, "Phối hợp với các trường tiểu học, trung học cơ sở tổ chức lớp", "2027-07-31",
     coop=["Các trường tiểu học, trung học cơ sở"]),
   T(VH, "Tổng hợp kết quả thực hiện, báo cáo UBND phường định kỳ hằng tháng", None, "monthly"),
   T(DV, "rà soát, lắp đặt biển cảnh báo tại 07 hồ, ao trên", "2027-05-15"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế, Hạ tầng và Đô thị phối hợp với Trung tâm DVSNC phường kiểm",
     "2027-05-06", coop=[DV]),
   T("Công an phường", "Công an phường chỉ đạo Cảnh sát khu vực tuần tra khu vực ven hồ vào các", "2027-08-31", "weekly",
     deadline_any=[None]),
   T("Các trường học trên địa bàn phường", "Các trường học trên địa bàn: tổ chức ngoại khóa về kỹ năng an toàn", "2027-05-31"),
   T("Tổ trưởng các tổ dân phố", "Tổ trưởng các tổ dân phố thông báo nội dung phòng, chống đuối nước trên", None, "weekly"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội",
     coop=["Các tổ chức chính trị - xã hội phường"]),
   T("Đoàn Thanh niên phường", "Đoàn Thanh niên phường thành lập đội thanh niên tình nguyện trực tại", "2027-06-01"),
   T("Các phòng, ban, đơn vị", "Chế độ báo cáo: các đơn vị báo cáo kết quả về UBND phường (qua Phòng Văn", "2027-08-20")])
