# Gold files of the tenth fresh7 batch (823; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
VP = "Văn phòng HĐND và UBND phường"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
PV = "Trung tâm Phục vụ hành chính công"
W("823_yen_the_cong_van_chuan_bi_ky_hop_hdnd.txt",
  {"kind": "cong_van", "symbol": "UBND-VP", "number": "1586", "place": "Yên Thế", "issued_on": "2026-11-27",
   "subject": "chuẩn bị nội dung Kỳ họp thứ năm HĐND phường khóa I, nhiệm kỳ 2026 - 2031",
   "meeting_on": None, "chaired_by": None, "signed_by": "Đào Minh Khôi"},
  "fresh7 (blind). Hand-written in the COMMON layout of a ward công văn `đề nghị các đơn vị thực hiện một số nội dung sau:` with "
  "fresh wording: the V/v over two lines beside the place-and-date line; `Kính gửi:` over five lines; items `1)`…`8)` whose unit "
  "comes AFTER the task, in lower case (`— văn phòng hđnd và ubnd phường chủ trì tổng hợp`, `(đơn vị thực hiện: phòng kinh tế, hạ "
  "tầng và đô thị)`, `(văn phòng hđnd và ubnd phường)`, `— giao công an phường`); item 3 `các đơn vị được giao chủ trì …` (all "
  "units) with `trong thời hạn 05 ngày làm việc kể từ ngày ký` (Fri 27/11 + 5 working days = Fri 4/12; calendar 2/12 defensible); "
  "item 4 with TWO units, each after its own clause (two tasks); deadlines `xong trước 05/12`, `chậm nhất 10 ngày trước ngày khai "
  "mạc kỳ họp` and `trước 05 ngày so với ngày khai mạc` (the session day printed: 22/12), `gửi trước 16h00 thứ Sáu, ngày 04/12`, "
  "`trong tháng 12`, `trong thời gian diễn ra kỳ họp` (null, the session day defensible); a separate `Đề nghị Ủy ban MTTQ …`; the "
  "difficulties closing line (noise).",
  [T(VP, "Xây dựng báo cáo tình hình kinh tế - xã hội, quốc phòng - an ninh năm 2026", "2026-12-05"),
   T(KT, "Xây dựng báo cáo tình hình thu, chi ngân sách năm 2026", "2026-12-12", deadline_any=["2026-12-12", "2026-12-22"]),
   T(ALL, "các đơn vị được giao chủ trì xử lý kiến nghị gửi kết quả về văn phòng", "2026-12-04", deadline_any=["2026-12-04", "2026-12-02"]),
   T("Công an phường", "Báo cáo công tác bảo đảm an ninh trật tự năm 2026", "2026-12-04"),
   T("Ban Chỉ huy Quân sự phường", "báo cáo công tác quân sự địa phương năm 2026", "2026-12-04"),
   T(KT, "Tờ trình điều chỉnh danh mục dự án đầu tư công năm 2027", "2026-12-31", coop=[VP]),
   T(VP, "Chuẩn bị tài liệu, bố trí hội trường, âm thanh, ánh sáng phục vụ kỳ họp", "2026-12-17", deadline_any=["2026-12-17", "2026-12-22"]),
   T(PV, "Tổng hợp ý kiến, kiến nghị của công dân gửi qua bộ phận một cửa", "2026-12-10"),
   T("Công an phường", "Bảo đảm an ninh, an toàn khu vực hội trường trong thời gian diễn ra kỳ họp", None, deadline_any=[None, "2026-12-22"]),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường tổng hợp ý kiến, kiến nghị của Nhân dân", "2026-12-15")])
