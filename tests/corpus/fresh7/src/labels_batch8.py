# Gold files of the eighth fresh7 batch (821; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
VP = "Văn phòng HĐND và UBND phường"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH = "Phòng Văn hóa - Xã hội"
PV = "Trung tâm Phục vụ hành chính công"
W("821_dong_hung_ket_luan_phien_hop_thang1.txt",
  {"kind": "thong_bao", "symbol": "TB-VP", "number": "09", "place": "Đông Hưng", "issued_on": "2026-01-19",
   "meeting_on": "2026-01-16", "chaired_by": "Trịnh Minh Quang", "signed_by": "Lê Thị Hồng Nhung"},
  "fresh7 (blind). Hand-written in the COMMON layout of a ward's monthly kết luận, with fresh wording: the office's header over "
  "the ward's, columns side by side; attendees by abbreviation (noise); `I. ĐÁNH GIÁ CHUNG` figures (noise); `II.` items 1-12 "
  "mixing `unit: task` with the unit in lower case (`phòng văn hóa - xã hội:`), the unit AFTER the task (`- phòng VH-XH thực hiện`, "
  "`(Đoàn kiểm tra liên ngành ATTP phường chủ trì, Trạm Y tế phối hợp)`, `(VP HĐND&UBND thực hiện)`), `CAP:` for Công an phường, "
  "`BCHQS phường:`, `TTPVHCC:`, `UB MTTQ`, `Tổ trưởng các TDP:`; deadlines `trước ngày 12/02` (no year), `xong trong tháng 02`, a "
  "window `từ ngày 02 đến ngày 10/02/2026`, `từ nay đến hết ngày 05/3/2026`, an event day in a parenthesis, `trong vòng 07 ngày "
  "kể từ ngày ký Thông báo này` (19/01 + 7), `quý I/2026`, `trước Tết` (null); `vào chiều thứ Năm hằng tuần` with a report `trước "
  "ngày 25 hằng tháng`; `sáng Chủ nhật cuối cùng của tháng, hằng tháng`; `02 lần/tháng`; the next meeting (noise).",
  [T(VH, "phòng văn hóa - xã hội: tổ chức thăm, tặng quà các gia đình chính sách", "2026-02-12"),
   T(VH, "Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo trên phần mềm quản lý", "2026-02-28"),
   T("Đoàn kiểm tra liên ngành An toàn thực phẩm phường", "Kiểm tra an toàn thực phẩm tại các cơ sở kinh doanh thực phẩm phục vụ Tết",
     "2026-02-10", coop=["Trạm Y tế phường"], deadline_any=["2026-02-10", None]),
   T("Công an phường", "CAP: triển khai đợt cao điểm tấn công, trấn áp tội phạm", "2026-03-05", deadline_any=["2026-03-05", None]),
   T("Ban Chỉ huy Quân sự phường", "BCHQS phường: chuẩn bị chu đáo các điều kiện tổ chức Lễ giao nhận quân", "2026-03-05",
     deadline_any=["2026-03-05", None]),
   T(KT, "phòng KT-HT&ĐT chủ trì, phối hợp Đội TTĐT ra quân lập lại trật tự lòng đường", None, "weekly",
     coop=["Đội Quản lý trật tự đô thị phường"], recurrence_any=["weekly", "monthly"]),
   T(PV, "TTPVHCC: niêm yết công khai lịch nghỉ Tết và lịch làm việc của bộ phận một cửa", "2026-02-13"),
   T(VP, "Tham mưu UBND phường ban hành Kế hoạch tổ chức Tết trồng cây", "2026-01-26"),
   T("Trạm Y tế phường", "Trạm Y tế phường tổ chức tiêm bổ sung vắc xin sởi cho trẻ", "2026-03-31"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị UB MTTQ phường chủ trì vận động ủng hộ Quỹ \"Vì người nghèo\""),
   T("Tổ trưởng các tổ dân phố", "Tổ trưởng các TDP: duy trì ra quân tổng vệ sinh vào sáng Chủ nhật cuối cùng", None, "monthly"),
   T(ALL, "Thủ trưởng các phòng, đơn vị báo cáo kết quả thực hiện nhiệm vụ về VP HĐND&UBND", None, "monthly")])
