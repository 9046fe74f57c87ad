# Gold file of 1126 (fresh10; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"; VP = "Văn phòng HĐND và UBND phường"
W("1126_linh_nam_tra_loi_tung_muc_thong_bao_62.md",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "97", "place": "Lĩnh Nam", "issued_on": "2027-04-08",
   "meeting_on": "2027-04-06", "chaired_by": "Trương Đức Mạnh", "signed_by": "Trương Đức Mạnh"},
  "fresh10 (blind). NEW layout (markdown): a notice that ANSWERS AN EARLIER NOTICE ITEM BY ITEM: for each `**Nội dung N.**` the old "
  "task in italics with its unit in a parenthesis (noise: a quoted assignment), the unit's report `- Đơn vị báo cáo: …` (noise), "
  "then `**Ý kiến chỉ đạo:**` — the task, whose unit is the one it names or else the item's unit from the parenthesis; `Ghi nhận. "
  "Kết thúc theo dõi.` / `Đã hoàn thành. Kết thúc theo dõi.` are not tasks; `Gia hạn đến 31/5/2027` with a step `trước 20/4` (the "
  "earlier cued date, the extension defensible); a criticism before the task (noise); `II. NHIỆM VỤ PHÁT SINH` numbered items; "
  "header and signature as pipe tables; dates without a year (2027), `trong quý II` with `vào ngày 25 hằng tháng`, `trong vòng "
  "07 ngày kể từ ngày ký thông báo này` (08/4 + 7 = 15/4), `trước mùa mưa bão` (null), `03 buổi/tuần`, `hằng tháng`, `vào chiều "
  "thứ Sáu hằng tuần`; `Văn phòng` alone → the office.",
  [T(KT, "Tiếp tục xác minh nguồn gốc 28 hồ sơ còn lại, hoàn thành trước 30/4", "2027-04-30"),
   T("Ban Quản lý dự án phường", "Ban QLDA làm việc với nhà thầu, lập tiến độ thi công chi tiết", "2027-04-20",
     deadline_any=["2027-05-31"]),
   T("Trung tâm Dịch vụ sự nghiệp công phường", "Duy trì phát thanh 03 buổi/tuần; bổ sung nội dung về hạn chế rác thải nhựa",
     None, "weekly"),
   T("Trạm Y tế phường", "Trạm Y tế phường kiểm tra nốt 03 bếp ăn còn lại trong tháng 4/2027", "2027-04-30",
     coop=["Phòng Văn hóa - Xã hội"]),
   T("Công an phường", "Công an phường xử lý dứt điểm 11 trường hợp vi phạm", None, "monthly"),
   T("Trung tâm Phục vụ hành chính công", "Phấn đấu đạt 100% trong quý II; báo cáo tỷ lệ số hóa", "2027-06-30", "monthly"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường công khai danh sách ủng hộ", "2027-04-15"),
   T(VP, "Văn phòng HĐND và UBND phường hoàn thiện dự toán trong vòng 07 ngày", "2027-04-15"),
   T("Tổ trưởng các tổ dân phố", "Giao Tổ trưởng các tổ dân phố rà soát các hộ có nhà ở xuống cấp"),
   T(VP, "Văn phòng cập nhật bảng theo dõi này lên phần mềm điều hành", None, "weekly")])
