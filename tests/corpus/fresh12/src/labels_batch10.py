# Gold files of the tenth fresh12 batch (1326; hand-written, labelled before any parser run; session 28, corpus17).
from use_common import T, W, NEWS
VP = "Văn phòng HĐND và UBND phường"; HCC = "Trung tâm Phục vụ hành chính công"; KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH = "Phòng Văn hóa - Xã hội"; CA = "Công an phường"; CNS = "Tổ công nghệ số cộng đồng các tổ dân phố"
W("1326_thach_ban_ke_hoach_chuyen_doi_so_cot_tien_do.pdf",
  {"kind": "ke_hoach", "symbol": "KH-UBND", "number": "45", "place": "Thạch Bàn", "issued_on": "2027-02-24",
   "meeting_on": None, "chaired_by": None, "signed_by": "Hà Minh Châu"},
  "fresh12 (blind). Hand-written (.pdf with a real table from src/*.html): a ward plan whose task table has a TIMELINE COLUMN "
  "(`Tiến độ thực hiện`) in eleven wordings: `Tuần 1 - 2 tháng 3/2027` (the second week's end, the 14th; null defensible), a window "
  "`01/3 - 31/5/2027` (its end, null defensible), `Quý II/2027`, `Tháng 4 - 5/2027`, `Hằng tháng (trước ngày 20)`, a start `Từ "
  "15/3/2027, thường xuyên` (null), `Trước 30/4/2027`, `Định kỳ 6 tháng` (periodic), two rounds `Đợt 1: tháng 5; đợt 2: tháng "
  "10/2027` (the first, the last defensible; periodic defensible), an undated event `Sau khi có hướng dẫn của Sở` (null), `Hằng "
  "quý`, `Tháng 12/2027`; the unit cells are CODES resolved by the `Ghi chú:` legend under the table (`Tổ CNS cộng đồng` → Tổ công "
  "nghệ số cộng đồng các tổ dân phố); group rows; Mục đích items numbered like tasks (noise); two body tasks under `III.` (`Đề nghị "
  "Ủy ban MTTQ … chỉ đạo Ban Công tác Mặt trận …`: the addressee leads). A cell's text_starts stays within its first printed line.",
  [T(CA, "Rà soát, làm sạch dữ liệu dân cư, hộ tịch", "2027-03-14", deadline_any=["2027-03-14", None], coop=[HCC]),
   T(HCC, "Số hóa hồ sơ, kết quả giải quyết thủ tục", "2027-05-31", deadline_any=["2027-05-31", None], coop=[VP]),
   T(KT, "Nâng cấp đường truyền, lắp camera tại", "2027-06-30", coop=["Trung tâm Dịch vụ sự nghiệp công"]),
   T(CNS, "Hướng dẫn người dân kích hoạt tài khoản", "2027-05-31", coop=[CA, "Đoàn Thanh niên phường"]),
   T(HCC, "Tổng hợp số liệu hồ sơ trực tuyến, báo cáo", None, "monthly"),
   T(KT, "Triển khai thanh toán không dùng tiền mặt", coop=["Ngân hàng trên địa bàn"]),
   T(VH, "Xây dựng chuyên mục hỏi - đáp về chuyển", "2027-04-30", coop=[VP]),
   T(VP, "Kiểm tra an toàn thông tin các máy trạm", None, "periodic", coop=[CA]),
   T(VH, "Tập huấn kỹ năng số cho cán bộ, công", "2027-05-31", deadline_any=["2027-05-31", "2027-10-31"],
     recurrence_any=[None, "periodic"], coop=[VP]),
   T(HCC, "Triển khai ứng dụng trợ lý ảo tra cứu", coop=[VH]),
   T(CA, "Kiểm tra việc thực hiện Đề án 06 tại các tổ", None, "quarterly", coop=["Ban Chỉ huy Quân sự phường", CNS]),
   T(VP, "Tổng kết, đánh giá kết quả chuyển đổi số", "2027-12-31", coop=[ALL := "Các phòng, ban, đơn vị"]),
   T(VP, "Văn phòng HĐND và UBND phường là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch", "2027-07-05"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường chỉ đạo Ban Công tác Mặt trận các tổ dân phố tuyên truyền")])
