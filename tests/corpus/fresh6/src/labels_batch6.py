# Gold files of the sixth fresh6 batch (716-718; labelled by hand before any parser run; session 25).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
VP = "Văn phòng HĐND và UBND phường"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH = "Phòng Văn hóa - Xã hội"
PV = "Trung tâm Phục vụ hành chính công"
W("716_thuong_cat_ket_luan_phien_hop_thang3.txt",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "38", "place": "Thượng Cát", "issued_on": "2027-03-08",
   "meeting_on": "2027-03-05", "chaired_by": "Nguyễn Hoài Nam", "signed_by": "Đặng Thị Thu Trang"},
  "fresh6 (blind). Hand-written in the MOST COMMON layout: a plain kết luận of the monthly UBND meeting with the header columns "
  "side by side, `I. ĐÁNH GIÁ CHUNG` (figures: noise), `II. NHIỆM VỤ` items `N. Giao X …`, `III.` the next meeting (noise), the "
  "closing formula and Nơi nhận beside the signature; `xong trước ngày 15/3` without a year; an event day in a parenthesis beside "
  "the due date; `chậm nhất 05 ngày trước ngày khai mạc kỳ họp` with the session date printed in the item (→ 21/3); `vào thứ "
  "Hai hằng tuần`; `trước ngày 25 hằng tháng`.",
  [T(KT, "Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Đội Quản lý trật tự đô thị phường rà soát toàn bộ công trình",
     "2027-03-20", coop=["Đội Quản lý trật tự đô thị phường"]),
   T(VH, "Giao Phòng Văn hóa - Xã hội tham mưu tổ chức Lễ phát động Tết trồng cây", "2027-03-15", coop=["Trạm Y tế phường"]),
   T(PV, "Giao Trung tâm Phục vụ hành chính công phường rà soát các hồ sơ trễ hạn", None, "weekly"),
   T("Công an phường", "Giao Công an phường xây dựng phương án bảo đảm an ninh, trật tự Lễ hội", "2027-03-10"),
   T(VP, "Giao Văn phòng HĐND và UBND phường chuẩn bị nội dung kỳ họp chuyên đề", "2027-03-21",
     deadline_any=["2027-03-21", "2027-03-26"]),
   T("Ban Chỉ huy Quân sự phường", "Giao Ban Chỉ huy Quân sự phường tổng hợp danh sách thanh niên sẵn sàng nhập ngũ", "2027-03-31"),
   T(ALL, "Các phòng, đơn vị thuộc UBND phường cập nhật kết quả thực hiện nhiệm vụ được giao", None, "monthly")])
W("717_binh_trung_cong_van_thang_hanh_dong_attp.txt",
  {"kind": "cong_van", "symbol": "UBND-VP", "number": "214", "place": "Bình Trưng", "issued_on": "2026-04-02",
   "subject": "triển khai Tháng hành động vì an toàn thực phẩm năm 2026", "meeting_on": None, "chaired_by": None,
   "signed_by": "Trần Thị Kim Ngân"},
  "fresh6 (blind). Hand-written in a COMMON layout: a ward công văn with the header lines stacked (issuer, number, V/v, then the "
  "motto and the date), `Kính gửi:` over three addressees; the campaign window in the preamble (information); `UBND phường đề nghị "
  "các đơn vị triển khai một số nội dung sau:` over `-` bullets each naming its unit; `vào thứ Năm hằng tuần trong thời gian diễn ra "
  "Tháng hành động`; `mỗi ngày 02 buổi`; a separate `Đề nghị Ủy ban MTTQ …` paragraph; the closing report with a date (a task); the "
  "difficulties line (noise).",
  [T(VH, "Phòng Văn hóa - Xã hội tham mưu UBND phường thành lập Đoàn kiểm tra liên ngành", "2026-04-10"),
   T("Trạm Y tế phường", "Trạm Y tế phường chủ trì, phối hợp với Phòng Kinh tế, Hạ tầng và Đô thị kiểm tra các bếp ăn tập thể", None, "weekly",
     coop=[KT], deadline_any=[None, "2026-05-15"]),
   T("Trung tâm Dịch vụ sự nghiệp công phường", "Trung tâm Dịch vụ sự nghiệp công phường phát thanh thông điệp về an toàn thực phẩm trên hệ thống loa", None, "periodic"),
   T("Ban điều hành các khu phố", "Ban điều hành các khu phố vận động các hộ kinh doanh ăn uống", "2026-04-30"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường phối hợp giám sát việc thực hiện cam kết"),
   T(ALL, "Các đơn vị báo cáo kết quả thực hiện về UBND phường (qua Phòng Văn hóa - Xã hội) trước ngày 20/5/2026", "2026-05-20")])
W("718_linh_nam_bang_ma_tran_chu_tri_phoi_hop.docx",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "77", "place": "Lĩnh Nam", "issued_on": "2026-10-16",
   "meeting_on": "2026-10-09", "chaired_by": None, "signed_by": "Ngô Quang Huy"},
  "fresh6 (blind). Hand-written: a RESPONSIBILITY MATRIX (Word table) — one column per unit (`VP`, `P.VH-XH`, `P.KT-HT-ĐT`, `TT "
  "PVHCC`, `CA phường`) and a `C` (chủ trì) or `P` (phối hợp) in the cells; the lead is the column marked C, the P columns "
  "cooperate; the legend under the table expands the column codes; `31/10/2026`, `Quý IV/2026`, `Hằng quý`; `Thủ trưởng các đơn vị "
  "chủ trì … vào chiều thứ Sáu hằng tuần` (all units); the partners' duty (optional). meeting_on is the inspection the notice "
  "carries out.",
  [T(PV, "Rà soát, niêm yết công khai đầy đủ thủ tục hành chính tại Bộ phận một cửa", "2026-10-31", coop=[VP]),
   T(VP, "Số hóa sổ hộ tịch còn tồn giai đoạn 2018 - 2020", "2026-12-31", coop=[PV]),
   T(KT, "Cập nhật quy trình nội bộ giải quyết thủ tục lĩnh vực xây dựng", "2026-11-15", coop=[PV]),
   T(VH, "Khảo sát mức độ hài lòng của người dân, tổ chức", None, "quarterly", coop=[VP]),
   T("Công an phường", "Chấn chỉnh việc tiếp nhận hồ sơ cư trú trực tuyến quá hạn", "2026-11-30", coop=[PV]),
   T(VP, "Tổng hợp báo cáo kết quả khắc phục gửi UBND Thành phố", "2026-12-05", coop=[VH, KT, PV, "Công an phường"]),
   T(ALL, "Thủ trưởng các đơn vị chủ trì chịu trách nhiệm trước Chủ tịch UBND phường về kết quả khắc phục", None, "weekly"),
   T(ALL, "Đơn vị phối hợp có trách nhiệm cử cán bộ, cung cấp thông tin", optional=True)])
