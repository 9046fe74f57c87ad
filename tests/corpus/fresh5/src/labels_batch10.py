# Gold files of the tenth fresh5 batch (labelled by hand before any parser run).
from labels_common import T, W, NEWS
W("624_lang_ha_bien_ban_trach_nhiem.txt",
  {"kind": "bien_ban", "symbol": None, "number": None, "place": None, "issued_on": None,
   "meeting_on": "2026-12-03", "chaired_by": "Vũ Thị Thanh Nga", "signed_by": "Vũ Thị Thanh Nga"},
  "fresh5 (blind). Hand-written MINUTES (biên bản): Thời gian / Địa điểm / Chủ trì / Thư ký / Thành phần (a list of units: noise); "
  "each conclusion followed by an indented `Trách nhiệm: X. Thời hạn: …` line; `xong trước 03 ngày so với ngày khai mạc` (the "
  "festival opens 20/02/2027, printed above); `trước Tết Nguyên đán` (null); `hằng ngày trong thời gian diễn ra Lễ hội`; two signers "
  "(the chair signs last).",
  [T("Phòng Văn hóa - Xã hội", "Hoàn chỉnh kịch bản chương trình khai mạc, trình lãnh đạo UBND phường duyệt", "2027-01-15"),
   T("Trung tâm Dịch vụ sự nghiệp công", "Lắp đặt sân khấu, hệ thống âm thanh, ánh sáng; bố trí nhà vệ sinh di động", "2027-02-17"),
   T("Công an phường", "Xây dựng phương án bảo đảm an ninh, trật tự, phòng cháy chữa cháy và phân luồng giao thông", None, coop=["Phòng Kinh tế, Hạ tầng và Đô thị"]),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Cấp phép và quản lý các gian hàng ẩm thực, kiểm tra an toàn thực phẩm", None, "periodic")])
