# Gold files of the fifteenth fresh8 batch (928; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
VP = "Văn phòng HĐND và UBND phường"
W("928_quang_minh_bang_de_xuat_va_ket_luan.docx",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "141", "place": "Quang Minh", "issued_on": "2027-07-20",
   "meeting_on": "2027-07-16", "chaired_by": "Bùi Văn Thắng", "signed_by": "Đinh Quang Huy"},
  "fresh8 (blind). NEW layout (.docx, Word table): a TABLE OF PROPOSALS AND CONCLUSIONS `STT | Đơn vị đề xuất | Nội dung đề xuất, "
  "kiến nghị | Kết luận của Chủ tịch UBND phường` with a numbered-columns row `(1) … (4)`: the proposal is noise; the conclusion is "
  "the task: a unit it names leads (`Giao BQLDA phường …`, `Giao CA phường …`, `Giao Phòng VH-XH …`, `Văn phòng HĐND và UBND phường "
  "bố trí …`, `Yêu cầu Thủ trưởng các đơn vị …`), and `Đồng ý. Đơn vị chủ động …` / `Đơn vị chủ trì, …` hands it to the row's "
  "proposing unit; `Không đồng ý (…)` is not a task; `Ghi nhận. Văn phòng tổng hợp, trình …` is (the office); deadlines `xong trước "
  "31/8`, `trước ngày 25/7`, `trước ngày 10/8` (no year), `trong vòng 10 ngày kể từ ngày ký Thông báo này`, `trong tháng 8/2027`, "
  "`trong quý III`; `vào các buổi chiều từ thứ Hai đến thứ Sáu` (periodic, weekly defensible) with a school year (not a deadline), "
  "`hằng tuần trong thời gian cao điểm`, `vào các ngày thứ Bảy` with a start month, `trước ngày 20 hằng tháng`.",
  [T("Ban Quản lý dự án phường", "Giao BQLDA phường khảo sát, sửa chữa, xong trước 31/8", "2027-08-31"),
   T("Công an phường", "Giao CA phường bố trí lực lượng vào các buổi chiều từ thứ Hai đến thứ Sáu", None, "periodic",
     recurrence_any=["periodic", "weekly"]),
   T("Phòng Văn hóa - Xã hội", "Giao Phòng VH-XH thẩm định, trình Chủ tịch UBND phường trong vòng 10 ngày", "2027-07-30"),
   T("Phòng Văn hóa - Xã hội", "Giao Phòng VH-XH cung cấp danh sách cho Ủy ban MTTQ Việt Nam phường trước ngày 25/7", "2027-07-25"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Đơn vị chủ động tham mưu Kế hoạch, trình ký trước ngày 10/8", "2027-08-10", "weekly"),
   T(VP, "Văn phòng HĐND và UBND phường bố trí công chức trực luân phiên", None, "weekly"),
   T(ALL, "Yêu cầu Thủ trưởng các đơn vị gửi báo cáo tháng về Văn phòng", None, "monthly"),
   T("Đoàn Thanh niên phường", "Đơn vị chủ động phối hợp với Trung tâm DVSNC phường tổ chức, hoàn thành trong tháng 8/2027", "2027-08-31",
     coop=["Trung tâm Dịch vụ sự nghiệp công phường"]),
   T("Công an phường", "Đơn vị chủ trì, BCHQS phường phối hợp tổ chức diễn tập tại chung cư", "2027-09-30",
     coop=["Ban Chỉ huy Quân sự phường"]),
   T(VP, "Văn phòng tổng hợp, trình xem xét khi điều chỉnh dự toán cuối năm")])
