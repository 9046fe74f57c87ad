# Gold files of the eighteenth fresh9 batch (1028; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
BTT = "Ban Thường trực Ủy ban MTTQ Việt Nam phường"
W("1028_yen_hoa_ke_hoach_lien_tich_ngay_hoi_dai_doan_ket.docx",
  {"kind": "ke_hoach", "symbol": "KHLT-UBND-MTTQ", "number": "09", "place": "Yên Hòa", "issued_on": "2026-10-06",
   "meeting_on": None, "chaired_by": None},
  "fresh9 (blind). Hand-written, COMMON layout one step aside (.docx): a JOINT plan of the ward UBND and the ward Front (`KẾ HOẠCH LIÊN "
  "TỊCH`, `Số: 09/KHLT-UBND-MTTQ`, both issuers on one header line, TWO signature blocks side by side: signed_by left out); an "
  "anniversary in the title and the festival window and day under `II. THỜI GIAN` (information); `III. PHÂN CÔNG NHIỆM VỤ`: `1. Ban "
  "Thường trực …` over `a) b)`, `2. UBND phường giao:` over `-` items each naming its unit (one lower case, one before a colon), `3. X …; "
  "Đoàn Thanh niên phường …` (a second subject after `;`), `4. Các Ban CTMT …` (a short name DEFINED in 1a: the full name), `5. Trưởng "
  "các khu dân cư … vào dịp 18/11 hằng năm` (yearly); `chậm nhất 05 ngày trước ngày tổ chức Ngày hội điểm` and `trong vòng 07 ngày sau "
  "Ngày hội điểm` (counted from the printed 15/11/2026), `xong trước 05/11` (no year), `trong tháng 10/2026`, security on the festival "
  "day (null, the day defensible).",
  [T(BTT, "Hướng dẫn các Ban Công tác Mặt trận khu dân cư (sau đây gọi là Ban CTMT) xây dựng kế hoạch", "2026-10-31"),
   T(BTT, "Chủ trì xét chọn, đề nghị khen thưởng các khu dân cư tiêu biểu", "2026-11-10", deadline_any=["2026-11-10", "2026-11-15"]),
   T("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội phối hợp Ban Thường trực Ủy ban MTTQ phường chuẩn bị nội dung", "2026-11-05",
     coop=[BTT]),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "phòng kinh tế, hạ tầng và đô thị bố trí kinh phí hỗ trợ mỗi khu dân cư", "2026-10-25"),
   T("Công an phường", "Công an phường bảo đảm an ninh trật tự, an toàn giao thông tại địa điểm", None,
     deadline_any=[None, "2026-11-15"]),
   T("Văn phòng HĐND và UBND phường", "đưa tin về Ngày hội trên trang thông tin điện tử phường", "2026-11-22"),
   T("Các tổ chức chính trị - xã hội phường", "Các tổ chức chính trị - xã hội phường vận động hội viên, đoàn viên tham gia"),
   T("Đoàn Thanh niên phường", "Đoàn Thanh niên phường tổ chức giải bóng đá mini chào mừng Ngày hội", "2026-11-30"),
   T("Các Ban Công tác Mặt trận khu dân cư", "Các Ban CTMT chủ trì tổ chức Ngày hội tại khu dân cư", "2026-11-20"),
   T("Trưởng các khu dân cư", "Trưởng các khu dân cư duy trì tổ chức Ngày hội vào dịp 18/11 hằng năm", None, "yearly")])
