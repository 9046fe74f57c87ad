# Gold files of the fourteenth fresh8 batch (927; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
TDP = "Tổ trưởng các tổ dân phố"; HT = "Hiệu trưởng các trường"
W("927_hong_chau_phong_vhxh_cong_van_he_2027.docx",
  {"kind": "cong_van", "symbol": "VHXH", "number": "37", "place": "Hồng Châu", "issued_on": "2027-05-18",
   "subject": "triển khai Tháng hành động vì trẻ em và phòng, chống đuối nước trẻ em dịp hè năm 2027",
   "meeting_on": None, "chaired_by": None, "signed_by": "Vũ Thị Ngọc Ánh"},
  "fresh8 (blind). COMMON layout issued one level down (.docx): a công văn of the ward's Phòng Văn hóa - Xã hội (`Số: 37/VHXH`, no "
  "UBND in the symbol) to role holders, schools, the health station and two mass organisations; the V/v over two lines beside the "
  "number; the campaign window (information); lead-ins `1. Đối với Tổ trưởng các tổ dân phố:` and `2. Đối với các nhà trường:` (the "
  "schools' heads defined in Kính gửi) over `a) b) c)`; `3. Trạm Y tế phường …` and `4. Đề nghị Đoàn Thanh niên phường, Hội Liên "
  "hiệp Phụ nữ phường …` inline; `trong vòng 05 ngày làm việc kể từ ngày nhận được văn bản này` (from receipt: null), `xong trước "
  "ngày 01/6` (no year), `hằng ngày trong dịp hè`, `hoàn thành trong tháng 5/2027`, a window `từ ngày 15/6 đến ngày 31/7/2027`, "
  "`vào sáng thứ Bảy hằng tuần trong tháng 6 và tháng 7/2027`, a range in a parenthesis `(tháng 6 - 8/2027)`; the closing report "
  "to the phòng with a contact person (a task of all units; the phòng's own next step inside it is not split).",
  [T(TDP, "Rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt, trẻ em thuộc hộ nghèo"),
   T(TDP, "Thông báo các điểm ao, hồ, hố sâu có nguy cơ đuối nước", "2027-06-01"),
   T(TDP, "Phân công thành viên Ban Công tác Mặt trận, chi hội phụ nữ tổ dân phố theo dõi khu vực ao, hồ", None, "periodic"),
   T(HT, "Tổ chức tuyên truyền kỹ năng phòng, chống đuối nước, tai nạn thương tích cho học sinh", "2027-05-31"),
   T(HT, "Phối hợp với Trung tâm Dịch vụ sự nghiệp công phường mở lớp dạy bơi miễn phí", "2027-07-31",
     coop=["Trung tâm Dịch vụ sự nghiệp công phường"], deadline_any=["2027-07-31", None]),
   T("Trạm Y tế phường", "Trạm Y tế phường tổ chức khám sức khỏe, tư vấn dinh dưỡng cho trẻ em dưới 6 tuổi", "2027-07-31", "weekly",
     deadline_any=["2027-07-31", None]),
   T("Đoàn Thanh niên phường", "Đề nghị Đoàn Thanh niên phường, Hội Liên hiệp Phụ nữ phường tổ chức các hoạt động sinh hoạt hè",
     "2027-08-31", coop=["Hội Liên hiệp Phụ nữ phường"]),
   T(ALL, "Các đơn vị báo cáo kết quả thực hiện về Phòng Văn hóa - Xã hội (qua đồng chí Nguyễn Thu Trang", "2027-07-05")])
