# Gold files of the sixth fresh7 batch (816-818; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("816_phuc_hoa_kiem_tra_to_dan_pho_xanh_sach.txt", NEWS("2026-10-01", "Hoàng Hữu Lực"),
  "fresh7 (blind). Rewritten from a ward portal's news of an inspection of residential groups (2019, October 2026 here): section "
  "label, posting line; the founding decision's date and a second, different inspection date in the body (the lead's date is "
  "kept); team members naming units (noise); findings and two photo captions (noise); `Đối với tổ dân phố số 8, đoàn đề nghị tổ "
  "trưởng …, xong trước ngày 10/10` (the unit from the opener and the role; added) and `Giao phòng Kinh tế, Hạ tầng và Đô thị "
  "phối hợp … vào tuần đầu tháng 11/2026` (a week of a month: the 7th, null defensible; added); the source's closing `UBND phường "
  "đề nghị UBMTTQ, các ngành, các đoàn thể, các đồng chí tổ trưởng tổ dân phố …` (the first named leads).",
  [T("Tổ trưởng tổ dân phố số 8", "đoàn đề nghị tổ trưởng chỉ đạo dọn ngay điểm tập kết rác tự phát tại ngõ 12, xong", "2026-10-10"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Giao phòng Kinh tế, Hạ tầng và Đô thị phối hợp Đội trật tự đô thị phường kiểm tra lại",
     "2026-11-07", coop=["Đội Quản lý trật tự đô thị phường"], deadline_any=["2026-11-07", None]),
   T("Ủy ban MTTQ Việt Nam phường", "đề nghị UBMTTQ, các ngành, các đoàn thể, các đồng chí tổ trưởng tổ dân phố tuyên truyền vận động",
     coop=["Các ban, ngành, đoàn thể", "Tổ trưởng các tổ dân phố"])])
W("817_thai_son_tin_chu_tich_thi_xa_kiem_tra_du_an.txt", NEWS("2025-04-22", "Chu Văn Tuấn"),
  "fresh7 (blind). Rewritten from a town portal's news of the chairman's inspection of projects (2023, April 2025 here, before the "
  "two-level reform): date line before the headline, view counter, two photo captions, the list of projects (noise); the chairman "
  "`đã chỉ đạo các phòng, ban liên quan chủ động …` (all units); `Đối với …, đồng chí giao UBND phường Hòa Hiệp phối hợp với Ban "
  "Quản lý dự án … xong trước ngày 15/5/2025` and `Ban Quản lý dự án … vào ngày 25 hằng tháng` (added); author and office lines.",
  [T(ALL, "chỉ đạo các phòng, ban liên quan chủ động xây dựng các phương án"),
   T("UBND phường Hòa Hiệp", "giao UBND phường Hòa Hiệp phối hợp với Ban Quản lý dự án đầu tư xây dựng thị xã khơi thông",
     "2025-05-15", coop=["Ban Quản lý dự án đầu tư xây dựng thị xã"]),
   T("Ban Quản lý dự án đầu tư xây dựng thị xã", "Ban Quản lý dự án đầu tư xây dựng thị xã đẩy nhanh tiến độ thi công", None, "monthly")])
W("818_my_hoa_kiem_tra_co_quan_van_hoa.docx", NEWS("2024-11-14", "Huỳnh Văn Niệm"),
  "fresh7 (blind). Rewritten from a commune portal's news of a district team's inspection of the commune's cultural-agency title "
  "(2015, November 2024 here; .docx from src/818_….txt): `Site banner`; ONE long paragraph: the team (its leader `làm Trưởng đoàn`, "
  "members naming district bodies: noise), the commune's board (`PCT. UBND xã`), what was checked, praise (noise); `Đề nghị trong "
  "thời gian tới Ban vận động cơ quan văn hóa …` (the board as written); `Đồng thời, đoàn đề nghị UBND xã Mỹ Hòa … trước ngày "
  "30/11/2024` (added); the score (noise).",
  [T("Ban vận động cơ quan văn hóa xã", "Đề nghị trong thời gian tới Ban vận động cơ quan văn hóa thực hiện tốt hơn nữa"),
   T("UBND xã Mỹ Hòa", "đoàn đề nghị UBND xã Mỹ Hòa hoàn chỉnh hồ sơ đề nghị công nhận nâng chất", "2024-11-30")])
