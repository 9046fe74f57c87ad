# Gold files of the ninth fresh5 batch (labelled by hand before any parser run).
from labels_common import T, W, NEWS
W("609_bo_son_bch_pctt_cong_dien.txt",
  {"kind": "cong_dien", "symbol": "CĐ-BCH", "number": "11", "place": "Bố Sơn", "issued_on": "2024-09-09",
   "meeting_on": None, "chaired_by": None, "signed_by": "Trần Quang Đức"},
  "fresh5 (blind). Rewritten from a district steering board's công điện (2013, dated 2024 here): issuer `BAN CHỈ HUY PCTT&TKCN` under "
  "the UBND; `Vào hồi 09 giờ 30 / ngày …`; addressees without dashes; `đề nghị:` over numbered items; `Hạt Quản lý đê điều huyện`; "
  "`Các Ban, ngành, đoàn thể …` (all units); the closing report `trước 16 giờ hằng ngày` to all (a task of all units).",
  [T("Chủ tịch UBND các xã, thị trấn", "Chủ tịch UBND các xã, thị trấn tổ chức kiểm đếm tàu thuyền, thông báo cho chủ phương tiện", "2024-09-10"),
   T("Hạt Quản lý đê điều huyện", "Hạt Quản lý đê điều huyện kiểm tra các tuyến đê xung yếu, chuẩn bị vật tư dự phòng"),
   T("Các phòng, ban, đơn vị", "Các Ban, ngành, đoàn thể theo nhiệm vụ được phân công xuống địa bàn phụ trách"),
   T("Các phòng, ban, đơn vị", "Đề nghị các đơn vị, địa phương nghiêm túc thực hiện và báo cáo tình hình về Văn phòng thường trực", None, "periodic")])
