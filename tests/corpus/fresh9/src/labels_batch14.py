# Gold files of the fourteenth fresh9 batch (1024; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
CA = "Công an phường"
W("1024_dong_ngac_ke_hoach_quan_ly_nha_tro.pdf",
  {"kind": "ke_hoach", "symbol": "KH-UBND", "number": "64", "place": "Đông Ngạc", "issued_on": "2027-01-15",
   "meeting_on": None, "chaired_by": None, "signed_by": "Bùi Đức Thắng"},
  "fresh9 (blind). Hand-written, COMMON layout (.pdf): a ward KẾ HOẠCH; Mục đích numbered like tasks, Chỉ tiêu with a date, Kinh phí "
  "naming a unit (all noise); `IV. TỔ CHỨC THỰC HIỆN` in several shapes: a heading with `(cơ quan thường trực):` over `-` items, a "
  "lower-case heading WITHOUT a colon over a paragraph on the next line, `3. Trung tâm PVHCC phường: …; …` inline, `4. P.VH-XH phối hợp "
  "với …`, plural role holders, `Đề nghị … chỉ đạo Ban Công tác Mặt trận …` (the addressee leads), all units; `xong trước 15/3` (no "
  "year), `vào tháng 7/2027`, `trong tháng 4 và tháng 5/2027` (the end), a quarter on the second clause only, `chậm nhất 15 ngày kể từ "
  "ngày ký Kế hoạch này`, `đến hết quý II/2027`, `đến hết năm 2027` (a duration: null, the year's end defensible), `trong vòng 24 giờ` "
  "(not a deadline); `mỗi quý một lần`, `vào sáng thứ Bảy hằng tuần`, `hằng tháng, trước ngày 28`, `định kỳ 6 tháng, năm`.",
  [T(CA, "Chủ trì tổng rà soát nhà trọ, cơ sở lưu trú trên địa bàn, lập sổ theo dõi", "2027-03-15"),
   T(CA, "Kiểm tra đột xuất việc khai báo tạm trú", None, "quarterly"),
   T(CA, "Tổng hợp kết quả, tham mưu UBND phường sơ kết 6 tháng", "2027-07-31"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Phối hợp Công an phường kiểm tra điều kiện an toàn về xây dựng", "2027-05-31", coop=[CA]),
   T("Trung tâm Phục vụ hành chính công", "hướng dẫn chủ nhà trọ đăng ký hộ kinh doanh dịch vụ lưu trú", "2027-03-31",
     deadline_any=["2027-03-31", None]),
   T("Phòng Văn hóa - Xã hội", "P.VH-XH phối hợp với Đài truyền thanh phường xây dựng chuyên mục", None, "weekly",
     coop=["Đài truyền thanh phường"]),
   T("Tổ trưởng các tổ dân phố", "Tổ trưởng các tổ dân phố nắm tình hình người thuê trọ mới đến", None, "monthly"),
   T("Văn phòng HĐND và UBND phường", "Văn phòng HĐND và UBND phường đưa nội dung quản lý nhà trọ vào chương trình", "2027-01-30"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường chỉ đạo Ban Công tác Mặt trận", "2027-06-30",
     deadline_any=["2027-06-30", None]),
   T("Đoàn Thanh niên phường", "Đề nghị Đoàn Thanh niên phường thành lập đội hình thanh niên tình nguyện", None,
     deadline_any=[None, "2027-12-31"]),
   T("Các phòng, ban, đơn vị", "Các đơn vị được giao nhiệm vụ định kỳ 6 tháng, năm báo cáo kết quả", None, "periodic")])
