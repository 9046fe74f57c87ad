# Gold files of the third fresh5 batch (labelled by hand before any parser run).
from labels_common import T, W, NEWS
W("619_khuong_mai_ke_hoach_bang_bon_cot.docx",
  {"kind": "ke_hoach", "symbol": "KH-UBND", "number": "96", "place": "Khương Mai", "issued_on": "2027-03-02",
   "meeting_on": None, "chaired_by": None, "signed_by": "Bùi Thanh Tâm"},
  "fresh5 (blind). Hand-written (.docx, Word tables): header in a table; Mục đích and Kinh phí as noise; a task table "
  "`TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian` with abbreviations in the unit columns, an empty partner cell, "
  "`Trước 15/3/2027`, `Tháng 4/2027`, `Quý II/2027`, `Hằng tháng`, `Thường xuyên`.",
  [T("Phòng Văn hóa - Xã hội", "Xây dựng kế hoạch kiểm tra liên ngành các cơ sở kinh doanh dịch vụ ăn uống", "2027-03-15", coop=["Trạm Y tế phường", "Công an phường"]),
   T("Trung tâm Dịch vụ sự nghiệp công", "Treo băng rôn, khẩu hiệu hưởng ứng Tháng hành động tại các tuyến phố chính", "2027-04-30", coop=["Các tổ dân phố"]),
   T("Trạm Y tế phường", "Kiểm tra điều kiện an toàn thực phẩm tại bếp ăn tập thể các trường mầm non", "2027-06-30", coop=["Phòng Văn hóa - Xã hội"]),
   T("Phòng Văn hóa - Xã hội", "Tổng hợp kết quả kiểm tra, báo cáo Ban Chỉ đạo An toàn thực phẩm phường", None, "monthly"),
   T("Hội Liên hiệp Phụ nữ phường", "Vận động hội viên ký cam kết không sử dụng thực phẩm không rõ nguồn gốc", coop=["Ủy ban MTTQ Việt Nam phường"])])
