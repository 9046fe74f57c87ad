# Gold files of the ninth fresh9 batch (1018; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
UB = "UBND phường Phương Canh"
TT = "Tổ trưởng các tổ dân phố"
W("1018_phuong_canh_tram_y_te_de_nghi_sot_xuat_huyet.docx",
  {"kind": "cong_van", "symbol": "TYT-KSDB", "number": "27", "place": "Phương Canh", "issued_on": "2026-08-04",
   "meeting_on": None, "chaired_by": None, "signed_by": "Vũ Thị Thu Trang",
   "subject": "đề nghị phối hợp phòng, chống dịch sốt xuất huyết trên địa bàn phường"},
  "fresh9 (blind). Written from a real text's facts (.docx): a ward HEALTH STATION's công văn to the ward and the neighbourhood heads, after a "
  "page on a ward's dengue cases (Jul 2026 figures): `UBND PHƯỜNG … / TRẠM Y TẾ`, `Số: 27/TYT-KSDB`, V/v over two lines; figures and "
  "past steps (noise); `1. Đối với Ủy ban nhân dân phường:` and `2. Đối với Tổ trưởng các tổ dân phố:` over `a) b) c)` (each item a "
  "task of its heading's addressee; `Chỉ đạo Phòng …` and `Chỉ đạo Đài truyền thanh …` under the UBND: the addressee leads); `02 "
  "lần/ngày trong tháng 8 và tháng 9/2026`; `vào sáng Chủ nhật hằng tuần`; the station's own next steps (optional; `trong vòng 48 giờ "
  "kể từ khi phát hiện` is not a deadline); the signer with `Bác sĩ`.",
  [T(UB, "Chỉ đạo Phòng Văn hóa - Xã hội phường phối hợp với Trạm Y tế tổ chức chiến dịch diệt bọ gậy", "2026-08-20"),
   T(UB, "Bố trí kinh phí mua hóa chất phun diệt muỗi đợt 2"),
   T(UB, "Chỉ đạo Đài truyền thanh phường phát thông điệp phòng bệnh", "2026-09-30", "periodic",
     deadline_any=["2026-09-30", None]),
   T(TT, "Vận động các hộ gia đình tổng vệ sinh, lật úp dụng cụ chứa nước", None, "weekly"),
   T(TT, "Thông báo kịp thời cho Trạm Y tế các trường hợp sốt nghi mắc"),
   T("Trạm Y tế phường", "Trạm Y tế phường sẽ tiếp tục giám sát, xử lý ổ dịch", None, "weekly", optional=True)])
