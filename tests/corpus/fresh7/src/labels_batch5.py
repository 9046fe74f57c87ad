# Gold files of the fifth fresh7 batch (813-815; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
NULLDOC = {"kind": None, "place": None, "issued_on": None, "meeting_on": None, "chaired_by": None, "signed_by": None}
W("813_long_phuoc_bao_cao_quoc_phong_an_ninh_thang11.txt",
  {"kind": "bao_cao", "symbol": "BC-UBND", "number": "402", "place": "Long Phước", "issued_on": "2026-11-30",
   "meeting_on": None, "chaired_by": None, "signed_by": "Phạm Văn Tài"},
  "fresh7 (blind). Rewritten from a commune page's monthly defence and security results (2016, dated November 2026 here), given "
  "the usual report frame: header columns side by side; results that read like tasks (`Tổ chức tuần tra kiểm soát giao thông 12 "
  "lượt …`, `Duy trì nghiêm chế độ trực chỉ huy …`, `Huấn luyện lực lượng dân quân …`: noise) with figures; tasks only under `II. "
  "PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 12/2026` (added): `vào tối thứ Bảy, Chủ nhật hằng tuần`, `trước ngày 15/12/2026`, `trong tháng "
  "12/2026`; a request to the city police (a higher level: optional) `trong dịp Tết Dương lịch` (a holiday: null).",
  [T("Công an xã", "Công an xã mở đợt cao điểm tấn công, trấn áp tội phạm dịp cuối năm", None, "weekly"),
   T("Ban Chỉ huy Quân sự xã", "Ban Chỉ huy Quân sự xã hoàn chỉnh hồ sơ gọi công dân nhập ngũ năm 2027", "2026-12-15"),
   T("Trưởng các ấp", "Trưởng các ấp phối hợp Công an xã rà soát người tạm trú", "2026-12-31", coop=["Công an xã"]),
   T("Công an thành phố", "Đề nghị Công an thành phố hỗ trợ lực lượng tuần tra tại khu vực giáp ranh", optional=True)])
W("814_khanh_ha_tin_cong_an_xa_an_ninh_bau_cu.txt", NEWS("2026-02-27", None),
  "fresh7 (blind). Rewritten from a commune portal's news of its police implementing the election security plan (2021; the "
  "March 2026 election here): headline twice (the second with doubled spaces), a posting stamp weeks after the meeting, the "
  "election committee's plan and decision with dates (noise), the number of polling areas, a long attendee list naming the "
  "military command and the polling teams (noise); the commune chairman's requests in one paragraph (added to the source's "
  "opening): `đề nghị Công an xã … từ ngày 13/3 đến hết ngày 16/3/2026` (the task's own window: its end, null defensible), `Ban "
  "chỉ huy quân sự xã …`, `Các tổ bầu cử … trước ngày 05/3` without a year. No one is said to chair (`Tới dự và chỉ đạo …`): "
  "`chaired_by` null.",
  [T("Công an xã", "đề nghị Công an xã bố trí lực lượng bảo vệ 21 khu vực bỏ phiếu 24/24 giờ", "2026-03-16", deadline_any=["2026-03-16", None]),
   T("Ban Chỉ huy Quân sự xã", "Ban chỉ huy quân sự xã chuẩn bị lực lượng dân quân cơ động"),
   T("Các tổ bầu cử", "Các tổ bầu cử kiểm tra, niêm yết lại danh sách cử tri", "2026-03-05")])
W("815_ninh_lam_in_trang_chi_thi_dan_van.md", NULLDOC,
  "fresh7 (blind). Rewritten from a provincial agency's PRINT page of a brief on the chairman's chỉ thị on mass mobilisation work "
  "(dated October 2026 here; markdown): `In trang | Đóng` at both ends, a bold title, `Ngày đăng:`; the chỉ thị's number and date "
  "in the lead (a referenced document: noise, the brief is not the document); `yêu cầu Thủ trưởng các sở, ban, ngành tỉnh …` (all "
  "units); `Chủ tịch UBND các xã, phường … ít nhất 02 lần/năm` (periodic); `Giao Sở Nội vụ … trước ngày 15/12/2026` (added); the "
  "posting agency's own step (optional); a source line. Every document field null.",
  [T(ALL, "yêu cầu Thủ trưởng các sở, ban, ngành tỉnh quán triệt đến cán bộ, công chức, viên chức"),
   T("Chủ tịch UBND các xã, phường", "Chủ tịch UBND các xã, phường tổ chức đối thoại trực tiếp với Nhân dân", None, "periodic"),
   T("Sở Nội vụ", "Giao Sở Nội vụ chủ trì theo dõi, đôn đốc việc thực hiện Chỉ thị", "2026-12-15"),
   T("Ban Dân tộc tỉnh", "Ban Dân tộc tỉnh sẽ tổ chức quán triệt Chỉ thị đến toàn thể công chức", "2026-10-31", optional=True)])
