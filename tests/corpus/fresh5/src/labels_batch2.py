# Gold files of the second fresh5 batch (labelled by hand before any parser run).
from labels_common import T, W, NEWS
W("603_quang_hoa_cong_dien_bao_ven_bien.txt",
  {"kind": "cong_dien", "symbol": None, "number": None, "place": None, "issued_on": None,
   "meeting_on": None, "chaired_by": None, "signed_by": "Hoàng Văn Quý"},
  "fresh5 (blind). Rewritten from a town portal page of a chairman's công điện on a storm (2017, dated 2024 here): no Số line or "
  "date line; addressees without dashes; item 1 with three heads of different bodies (the first body leads) and an unnumbered "
  "paragraph continuing it (same lead, optional); `trước 15 giờ hằng ngày`.",
  [T("Phòng Kinh tế", "Trưởng phòng Kinh tế, Đồn trưởng Đồn Biên phòng cửa khẩu Cảng Hòa, Chủ tịch UBND các xã, phường ven biển thông báo", "2024-07-16", coop=["Đồn Biên phòng cửa khẩu Cảng Hòa", "Chủ tịch UBND các xã, phường ven biển"]),
   T("Phòng Kinh tế", "Tổ chức hướng dẫn sắp xếp neo đậu tàu thuyền tại các bến", optional=True),
   T("Chủ tịch UBND các xã, phường", "Chủ tịch UBND các xã, phường căn cứ tình hình thực tế chủ động sơ tán dân"),
   T("Trung tâm Văn hóa, Thể thao và Truyền thông thị xã", "Trung tâm Văn hóa, Thể thao và Truyền thông thị xã đưa tin kịp thời về diễn biến"),
   T("Văn phòng HĐND và UBND thị xã", "Văn phòng HĐND và UBND thị xã tổ chức trực ban nghiêm túc 24/24 giờ", None, "periodic")])
W("618_hoang_liet_ket_luan_van_xuoi.txt",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "412", "place": "Tương Mai", "issued_on": "2026-11-06",
   "meeting_on": "2026-11-04", "chaired_by": "Nguyễn Hải Đăng", "signed_by": "Phạm Thu Hà"},
  "fresh5 (blind). Hand-written: a kết luận in PROSE paragraphs, several units per sentence joined by `, còn`, `;` and `và`; "
  "`Về …:` topic openers; `vào thứ Sáu hằng tuần`; `trong quý IV/2026`; `trước Tết Nguyên đán` (null); `chậm nhất ngày 28 hằng tháng`.",
  [T("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế, Hạ tầng và Đô thị chủ trì rà soát toàn bộ các điểm tập kết rác tự phát", "2026-11-20"),
   T("Đội Quản lý trật tự đô thị phường", "Đội Quản lý trật tự đô thị phường ra quân giải tỏa vi phạm trên các tuyến", None, "weekly"),
   T("Trung tâm Dịch vụ sự nghiệp công", "Trung tâm Dịch vụ sự nghiệp công phối hợp với Ban Quản lý dự án phường hoàn thiện hồ sơ", "2026-12-31", coop=["Ban Quản lý dự án phường"]),
   T("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội tham mưu tổ chức Ngày hội Đại đoàn kết toàn dân tộc"),
   T("Trạm Y tế phường", "Trạm Y tế phường tiếp tục phun hóa chất phòng sốt xuất huyết tại các ổ dịch", None, "weekly"),
   T("Công an phường", "Công an phường và Ban Chỉ huy Quân sự phường phối hợp chuẩn bị công tác giao quân năm 2027", None, coop=["Ban Chỉ huy Quân sự phường"]),
   T("Văn phòng HĐND và UBND phường", "Văn phòng HĐND và UBND phường đôn đốc các đơn vị cập nhật tiến độ nhiệm vụ lên phần mềm", None, "monthly")])
