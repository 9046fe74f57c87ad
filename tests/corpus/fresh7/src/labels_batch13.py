# Gold files of the thirteenth fresh7 batch (826; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
VP = "Văn phòng HĐND và UBND phường"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH = "Phòng Văn hóa - Xã hội"
PV = "Trung tâm Phục vụ hành chính công"
CA = "Công an phường"
W("826_bo_son_lich_trien_khai_theo_tuan_don_vi.docx",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "248", "place": "Bồ Sơn", "issued_on": "2026-11-02",
   "meeting_on": "2026-10-30", "chaired_by": "Tạ Minh Đức", "signed_by": "Đinh Quốc Bảo"},
  "fresh7 (blind). Hand-written in a layout no earlier set has (.docx, real Word tables from src/826_….html): a WEEK x UNIT GRID. "
  "Rows are the weeks of the month with their dates (`Tuần 1 (02/11 - 06/11)` …) and a `Hằng tuần` row; columns are units by "
  "abbreviation (`VP HĐND-UBND`, `P.KT-HT-ĐT`, `P.VH-XH`, `TT PVHCC`, `CA phường`); each non-empty cell is a task of its column's "
  "unit due on the last day of its row's week (the legend above the table says so; `—` cells are empty); the `Hằng tuần` row gives "
  "weekly tasks with no date; a partner inside a cell (`(phối hợp UB MTTQ)`); a note under the table with a weekly report for "
  "every unit; the conclusions the grid carries out (meeting day and chair in the preamble).",
  [T(VP, "Tổng hợp báo cáo kinh tế - xã hội 10 tháng gửi Thành phố", "2026-11-06"),
   T(KT, "Kiểm tra trật tự xây dựng tuyến đường Lê Lợi", "2026-11-06"),
   T(CA, "Rà soát người nước ngoài tạm trú trên địa bàn", "2026-11-06"),
   T(VH, "Tổ chức Ngày hội Đại đoàn kết tại 12 tổ dân phố", "2026-11-13", coop=["Ủy ban MTTQ Việt Nam phường"]),
   T(PV, "Khảo sát mức độ hài lòng của người dân", "2026-11-13"),
   T(VP, "Chuẩn bị nội dung phiên họp UBND phường tháng 11", "2026-11-20"),
   T(KT, "Nghiệm thu công trình chỉnh trang vỉa hè ngõ 21", "2026-11-20"),
   T(VH, "Tổng hợp danh sách đề nghị khen thưởng cuối năm", "2026-11-27"),
   T(CA, "Diễn tập phương án chữa cháy tại chợ Bồ Sơn", "2026-11-27"),
   T(PV, "Niêm yết kết quả giải quyết hồ sơ vào chiều thứ Sáu", None, "weekly"),
   T(CA, "Tuần tra an ninh trật tự tối thứ Bảy", None, "weekly"),
   T(ALL, "Các đơn vị báo cáo tiến độ thực hiện về Văn phòng HĐND và UBND phường", None, "weekly")])
