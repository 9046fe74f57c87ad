# Gold files of the fifteenth fresh9 batch (1025; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
VP = "Văn phòng HĐND và UBND phường"
W("1025_quan_thanh_giao_ban_tuan_10.txt",
  {"kind": "thong_bao", "symbol": "TB-VP", "number": "52", "place": "Quán Thánh", "issued_on": "2027-03-09",
   "meeting_on": "2027-03-08", "chaired_by": "Vũ Thanh Tùng", "signed_by": "Lê Thị Thanh Mai"},
  "fresh9 (blind). Hand-written, COMMON layout, fresh wording: the office's notice of the leaders' weekly briefing (week 10) with items "
  "numbered `(1)` … `(10)`: a topic then `Nhiệm vụ này giao X thực hiện, hoàn thành …` (a following sentence), `Giao X chủ trì, Y phối "
  "hợp; hạn 31/3`, units in lower case (`công an phường`, `vp hđnd-ubnd`, `trạm y tế phường`, `tt.pvhcc`), `P.VHXH`, `Ban CHQS`, `Đội "
  "TTĐT`, all units; `trong tuần` (null), `trước 17h00 thứ Ba (16/3)`, an event day in a parenthesis, `xong 20/3` (no `trước`), a "
  "training window `từ 15/3 đến 30/3/2027` (the end, null defensible); `trợ cấp hằng tháng` (a noun's frequency) with a due date, "
  "`cập nhật hằng ngày`, `vào các buổi tối thứ Sáu, thứ Bảy hằng tuần`, `trước 16h00 thứ Sáu hằng tuần`; next week's schedule (noise).",
  [T(VP, "Tổ chức Hội nghị sơ kết công tác quý I/2027 của UBND phường", "2027-03-25"),
   T("Ban Quản lý dự án phường", "Đẩy nhanh công tác giải phóng mặt bằng tuyến phố Hàng Bún kéo dài", "2027-03-31",
     coop=["Phòng Kinh tế, Hạ tầng và Đô thị"]),
   T("Công an phường", "công an phường tổng kiểm tra cư trú tại các khu nhà trọ"),
   T(VP, "Chuẩn bị tài liệu, địa điểm Hội nghị đối thoại giữa Chủ tịch UBND phường", "2027-03-16"),
   T("Trạm Y tế phường", "trạm y tế phường phối hợp các TDP rà soát trẻ dưới 5 tuổi", "2027-03-20", coop=["Các tổ dân phố"]),
   T("Ban Chỉ huy Quân sự phường", "Ban CHQS phường tổ chức huấn luyện dân quân năm thứ nhất", "2027-03-30",
     deadline_any=["2027-03-30", None]),
   T("Phòng Văn hóa - Xã hội", "P.VHXH hoàn thành chi trả trợ cấp hằng tháng cho đối tượng bảo trợ xã hội", "2027-03-10", None,
     recurrence_any=[None, "monthly"]),
   T("Trung tâm Phục vụ hành chính công", "tt.pvhcc công khai số hồ sơ trễ hạn của từng lĩnh vực", None, "periodic"),
   T("Đội Quản lý trật tự đô thị phường", "Đội TTĐT ra quân xử lý lấn chiếm vỉa hè tuyến Quán Thánh", None, "weekly"),
   T("Các phòng, ban, đơn vị", "Các đơn vị gửi báo cáo kết quả thực hiện nhiệm vụ tuần về Văn phòng", None, "weekly")])
