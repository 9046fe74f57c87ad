# Gold files of the fourteenth fresh7 batch (827; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
VP = "Văn phòng HĐND và UBND phường"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
DOI = "Đội Quản lý trật tự đô thị phường"
W("827_hoa_xuan_ket_luan_giao_theo_noi_nhan.txt",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "131", "place": "Hòa Xuân", "issued_on": "2026-05-14",
   "meeting_on": "2026-05-12", "chaired_by": "Nguyễn Văn Tình", "signed_by": "Nguyễn Văn Tình"},
  "fresh7 (blind). Hand-written in a layout no earlier set has: a Phó Chủ tịch's field-inspection conclusions whose items 1-6 "
  "name NO unit, the units being given in the NƠI NHẬN list by item number (`- Phòng KT, HT&ĐT (thực hiện các mục 1, 2, 4);`, "
  "`- Đội QLTTĐT phường (thực hiện mục 3, 6);`, `- TT DVSNC phường (thực hiện mục 5);`), as the preamble says; recipients `để b/c` "
  "or `để phối hợp, giám sát` carry no item; items 7-9 have their own subjects; item 3 speaks to households but is enforced by the "
  "unit named for it; `xong trước ngày 22/5/2026`, `trong tháng 6/2026`, `quá thời hạn 10 ngày kể từ ngày ký Thông báo này` "
  "(14/5 + 10), `trong tuần đầu tháng 6/2026` (the 7th, null defensible), `xong trước 30/5` (no year), `02 lần/tuần`; findings "
  "(noise); the inspecting leader also signs.",
  [T(KT, "Lập biên bản hiện trạng, đo đạc xác định ranh giới khu đất công", "2026-05-22"),
   T(KT, "Rà soát hồ sơ pháp lý khu đất, đề xuất phương án quản lý, sử dụng", "2026-06-30"),
   T(DOI, "Yêu cầu các hộ tự tháo dỡ lều quán, vật kiến trúc lấn chiếm", "2026-05-24"),
   T(KT, "Cắm biển cấm đổ rác, cấm xây dựng trái phép tại khu đất", "2026-06-07", deadline_any=["2026-06-07", None]),
   T("Trung tâm Dịch vụ sự nghiệp công", "Thu dọn phế thải tồn đọng, vận chuyển ra khỏi khu đất", "2026-05-30"),
   T(DOI, "Duy trì kiểm tra, giám sát khu đất 02 lần/tuần", None, "weekly"),
   T("Tổ trưởng tổ dân phố số 5", "Tổ trưởng tổ dân phố số 5 vận động các hộ tự giác chấp hành"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường giám sát việc thực hiện các nội dung trên"),
   T(VP, "Giao Văn phòng HĐND và UBND phường theo dõi, đôn đốc, tổng hợp kết quả", "2026-06-15")])
