# Gold files of the fourteenth fresh12 batch (1330; hand-written, labelled before any parser run; session 28, corpus17).
from use_common import T, W, NEWS
VP = "Văn phòng HĐND và UBND phường"; KT = "Phòng Kinh tế, Hạ tầng và Đô thị"; VH = "Phòng Văn hóa - Xã hội"
W("1330_yen_nghia_ket_luan_o_nhieu_nhiem_vu.docx",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "402", "place": "Yên Nghĩa", "issued_on": "2026-10-12",
   "meeting_on": "2026-10-09", "chaired_by": "Tạ Quang Huy", "signed_by": "Tạ Quang Huy"},
  "fresh12 (blind). Hand-written (.docx with a real Word table from src/*.html): the chairman's conclusions as a table `TT | Đơn vị "
  "| Nhiệm vụ được giao | Thời hạn` where ONE CELL HOLDS SEVERAL TASKS (one `- …` paragraph each) and the deadline cell lists the "
  "deadlines LINE BY LINE IN THE SAME ORDER (`Trước 20/11/2026`, `Trước 15/12/2026`, `Hằng tháng`; `Quý IV/2026`; a window `Từ 01/11 "
  "đến 18/11/2026` (its end, null defensible)); a unit cell naming two units `Công an phường; Ban Chỉ huy Quân sự phường` (the first "
  "leads, the second cooperates) whose second task names its own unit in a trailing parenthesis (`(Ban Chỉ huy Quân sự phường thực "
  "hiện)`: it leads); a single-task cell with `;` and a deadline cell `Thường xuyên; báo cáo thứ Sáu hằng tuần` (weekly, no date); a "
  "partner in a task's parenthesis; a task after the table (`Đề nghị Ủy ban MTTQ …`); figures (noise).",
  [T(VP, "Tham mưu báo cáo tình hình kinh tế - xã hội năm 2026 trình kỳ họp HĐND phường", "2026-11-20"),
   T(VP, "Rà soát, xây dựng chương trình công tác năm 2027 của UBND phường", "2026-12-15"),
   T(VP, "Theo dõi, đôn đốc việc thực hiện Thông báo này", None, "monthly"),
   T(KT, "Đôn đốc thu tiền sử dụng đất, phấn đấu đạt 100% dự toán", "2026-12-31"),
   T(KT, "Hoàn thành quyết toán 03 công trình đã hoàn thành năm 2025", "2026-12-31"),
   T(VH, "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 15 tổ dân phố", "2026-11-18", deadline_any=["2026-11-18", None],
     coop=["Ủy ban MTTQ Việt Nam phường"]),
   T(VH, "Hoàn thành rà soát hộ nghèo, hộ cận nghèo cuối năm", "2026-11-30"),
   T("Công an phường", "Xây dựng kế hoạch bảo đảm an ninh trật tự dịp Tết Nguyên đán", "2026-12-15",
     coop=["Ban Chỉ huy Quân sự phường"]),
   T("Ban Chỉ huy Quân sự phường", "Hoàn thành hồ sơ gọi công dân nhập ngũ năm 2027", "2026-11-25"),
   T("Trung tâm Phục vụ hành chính công", "Duy trì tỷ lệ hồ sơ trực tuyến toàn trình trên 80%", None, "weekly"),
   T("Tổ trưởng các tổ dân phố", "Vận động nhân dân tham gia bảo hiểm y tế hộ gia đình", "2026-11-30"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường chủ trì giám sát việc thực hiện dân chủ ở cơ sở", "2026-12-10")])
