# Gold file of 1121 (fresh10; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
W("1121_dinh_cong_ket_luan_phien_hop_thang4.txt",
  {"kind": "thong_bao", "symbol": "TB-VP", "number": "96", "place": "Định Công", "issued_on": "2027-05-06",
   "meeting_on": "2027-05-04", "chaired_by": "Lưu Minh Quân", "signed_by": "Nghiêm Thị Hồng Nhung"},
  "fresh10 (blind). COMMON layout, fresh wording: the office's notice of the chairman's conclusions at the monthly meeting, both "
  "header columns on shared lines; `I. ĐÁNH GIÁ CHUNG` with figures (noise); `II.` field headings over EN-DASH items with the unit "
  "written every way: lower case and abbreviated with no `phòng` (`p.kt,ht&đt chủ trì …`), AFTER the task (`– trách nhiệm: đội "
  "TTĐT phường, hạn 20 ngày kể từ ngày ký thông báo này` → 06/5 + 20 = 26/5; `(VHXH chủ trì, hội CCB phường phối hợp)`), `Phòng "
  "VHXH:`, `trạm y tế phường:`, `CA phường … phối hợp BCH quân sự`, `Ban CHQS:`, `Văn phòng HĐND-UBND:`, `TT Phục vụ HCC:`, "
  "`Đề nghị UB MTTQ VN phường …`, `Các đồng chí Phó Chủ tịch …`; dates without a year (2027), `trong tháng 6` with a weekly "
  "report, `trợ cấp hằng tháng` (a noun's frequency: null, monthly defensible), an anniversary range (not a deadline), `02 "
  "lần/tuần trong tháng 5 và tháng 6/2027` (weekly, the range's end), `trong quý II`, `định kỳ ngày 28 hằng tháng`, `trong tuần "
  "đầu tháng 5/2027` (the 7th, null defensible); the next meeting (noise); a nested `TL. / KT. CHÁNH VĂN PHÒNG` signature.",
  [T("Phòng Kinh tế, Hạ tầng và Đô thị", "p.kt,ht&đt chủ trì rà soát hiện trạng các tuyến ngõ ngập úng", "2027-05-15"),
   T("Đội Quản lý trật tự đô thị phường", "Hoàn thiện hồ sơ cưỡng chế 03 công trình vi phạm trật tự xây dựng tại ngõ 41", "2027-05-26"),
   T("Ban Quản lý dự án phường", "Ban QLDA phường đôn đốc nhà thầu thi công Trường Mầm non Định Công B", "2027-06-30", "weekly"),
   T("Phòng Văn hóa - Xã hội", "Phòng VHXH: tổ chức chi trả trợ cấp hằng tháng cho đối tượng bảo trợ xã hội", "2027-05-10",
     recurrence_any=["monthly"]),
   T("Phòng Văn hóa - Xã hội", "Xây dựng kế hoạch tổ chức các hoạt động kỷ niệm 80 năm Ngày Thương binh", "2027-06-30",
     coop=["Hội Cựu chiến binh phường"]),
   T("Trạm Y tế phường", "trạm y tế phường: giám sát ổ dịch sốt xuất huyết tại TDP 12, TDP 15", "2027-06-30", "weekly",
     deadline_any=[None]),
   T("Công an phường", "CA phường chủ trì, phối hợp BCH quân sự tổng kiểm tra cư trú tại các khu nhà trọ", "2027-06-30",
     coop=["Ban Chỉ huy Quân sự phường"]),
   T("Ban Chỉ huy Quân sự phường", "Ban CHQS: chuẩn bị lực lượng dân quân tham gia diễn tập khu vực phòng thủ", "2027-05-25"),
   T("Văn phòng HĐND và UBND phường", "Văn phòng HĐND-UBND: cập nhật kết quả thực hiện nhiệm vụ lên phần mềm theo dõi", None,
     "monthly"),
   T("Trung tâm Phục vụ hành chính công", "TT Phục vụ HCC: rà soát các hồ sơ trễ hạn tháng 4, làm rõ nguyên nhân", "2027-05-07",
     deadline_any=[None]),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị UB MTTQ VN phường phối hợp vận động các tổ chức, cá nhân ủng hộ", "2027-05-31"),
   T("Các Phó Chủ tịch UBND phường", "Các đồng chí Phó Chủ tịch UBND phường theo lĩnh vực phụ trách thường xuyên đôn đốc")])
