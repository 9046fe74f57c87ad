# Gold files of the eleventh fresh9 batch (1021; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
W("1021_hoa_khanh_ket_luan_phien_hop_thang2.txt",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "38", "place": "Hòa Khánh", "issued_on": "2027-03-12",
   "meeting_on": "2027-03-10", "chaired_by": "Ngô Văn Bình", "signed_by": "Đinh Thị Thu Hà"},
  "fresh9 (blind). Hand-written, COMMON layout: the ward's monthly kết luận issued by the office (`TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG`); "
  "figures; field headings over `-` items with the unit written every way: lower case with `&` before a colon (`phòng kinh tế, hạ tầng "
  "& đô thị:`), AFTER the task in a parenthesis (`(P.KT-HT&ĐT chủ trì, đội trật tự đô thị phường phối hợp)`), `Ban QLDA đầu tư xây "
  "dựng phường`, `Phòng VH-XH`, `trạm y tế phường:`, plural role holders, `CA phường:`, `Ban CHQS phường:`, `VP HĐND&UBND phường:`, "
  "`TT PVHCC phường:`, `Đề nghị UB MTTQ VN phường …`, `Các bộ phận chuyên môn …` (all units); dates without a year (`trước 25/3`, "
  "`xong trong tháng 3`, `trong tháng 4`, `trong quý II`); an event day beside its due date; `trong vòng 10 ngày kể từ ngày ký`; "
  "`vào ngày 25 hằng tháng`, `02 lần/tháng`, `trước ngày 22 hằng tháng`; the next meeting (noise).",
  [T(KT, "hoàn thiện hồ sơ thu hồi đất của 17 hộ còn lại", "2027-03-25"),
   T(KT, "Rà soát các hộ kinh doanh trên các tuyến phố chính chưa kê khai thuế", "2027-03-31",
     coop=["Đội Quản lý trật tự đô thị phường"]),
   T("Ban Quản lý dự án đầu tư xây dựng phường", "Ban QLDA đầu tư xây dựng phường hoàn tất thủ tục lựa chọn nhà thầu", "2027-04-30"),
   T("Phòng Văn hóa - Xã hội", "Phòng VH-XH chủ trì tổ chức Ngày hội phụ nữ khởi nghiệp", "2027-03-20"),
   T("Trạm Y tế phường", "duy trì tiêm chủng mở rộng vào ngày 25 hằng tháng", None, "monthly"),
   T("Hiệu trưởng các trường", "Hiệu trưởng các trường MN, TH, THCS trên địa bàn tổ chức cho học sinh ký cam kết", "2027-03-31"),
   T("Công an phường", "mở đợt cao điểm tấn công trấn áp tội phạm trộm cắp tài sản", None, "monthly"),
   T("Ban Chỉ huy Quân sự phường", "hoàn thành hồ sơ đăng ký nghĩa vụ quân sự cho công dân nam", "2027-04-10"),
   T("Văn phòng HĐND và UBND phường", "tổng hợp báo cáo kết quả thực hiện nhiệm vụ của các đơn vị trước ngày 22 hằng tháng", None,
     "monthly"),
   T("Trung tâm Phục vụ hành chính công", "số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính còn tồn", "2027-06-30"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị UB MTTQ VN phường chủ trì giám sát việc thực hiện quy chế dân chủ"),
   T(ALL, "Các bộ phận chuyên môn báo cáo kết quả thực hiện các nội dung được giao", "2027-03-22")])
