# Gold files of the fourth fresh7 batch (810-812; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
def KH(num, place, day, signer):
    return {"kind": "ke_hoach", "symbol": "KH-UBND", "number": num, "place": place, "issued_on": day,
            "meeting_on": None, "chaired_by": None, "signed_by": signer}
W("810_quang_lam_ke_hoach_phong_chong_dich_2027.docx", KH("2318", "Quảng Lâm", "2026-12-01", "Hoàng Văn Tấn"),
  "fresh7 (blind). Rewritten from a legal-text site's copy of a provincial plan against communicable diseases (2017, dated "
  "December 2026 here; .docx from src/810_….txt): the header cells and the signature block as `|`-separated lines, the word "
  "KẾ HOẠCH dropped by the site (the title line starts with the subject); an unheaded aim paragraph and `-` requirement bullets "
  "that read like tasks (`Tăng cường …, kiện toàn Ban Chỉ đạo …`: noise) and a target bullet (noise); `TỔ CHỨC THỰC HIỆN` with a "
  "unit heading `1. Sở Y tế` over `-` items (`Chỉ đạo Trung tâm …`: the addressee leads), then inline `N. X …` items; `định kỳ "
  "hằng quý`; `trong dự toán ngân sách năm 2027` (not a deadline); `vào chiều thứ Sáu hằng tuần`; `trong tháng 01/2027`.",
  [T("Sở Y tế", "Chủ trì, phối hợp với các sở, ngành, địa phương triển khai Kế hoạch này", None, "quarterly"),
   T("Sở Y tế", "Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh bảo đảm đủ cơ số thuốc, hóa chất", "2027-03-31"),
   T("Sở Tài chính", "Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch"),
   T("Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo chỉ đạo các trường học tổ chức vệ sinh lớp học", None, "weekly"),
   T("UBND các xã, phường", "UBND các xã, phường xây dựng kế hoạch phòng, chống dịch bệnh năm 2027 của địa phương", "2027-01-31")])
W("811_son_ha_ke_hoach_phong_chong_benh_dai.pdf", KH("27", "Sơn Hà", "2025-01-22", "Lò Văn Thắm"),
  "fresh7 (blind). Rewritten from a legal-text site's copy of a provincial plan against communicable diseases (2022; rabies, "
  "January 2025 here; .pdf from src/811_….txt): the site's broken header (`ỦY` / `BAN NHÂN DÂN`, `-------`, lone `|` lines, the "
  "place split `Sơn` / `Hà, ngày …`); `I. CĂN CỨ PHÁP LÝ` as one paragraph of referenced documents and their dates (noise); "
  "`II. MỤC TIÊU` numbered like tasks (noise); `III. TỔ CHỨC THỰC HIỆN` items with their own subjects; two rounds' dates in one "
  "task (the first; the second defensible); `hằng tháng`; `trước ngày 15 của tháng cuối quý` (quarterly, null); `vào tối thứ Tư "
  "hằng tuần trong quý II/2025` (weekly, the quarter's end; null defensible); Nơi nhận and the signer.",
  [T("Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Phát triển nông thôn chủ trì tổ chức tiêm phòng dại", "2025-04-30",
     deadline_any=["2025-04-30", "2025-10-31"]),
   T("Sở Y tế", "Sở Y tế chỉ đạo các cơ sở y tế bảo đảm đủ vắc xin, huyết thanh kháng dại", None, "monthly"),
   T("UBND các huyện, thành phố", "UBND các huyện, thành phố chỉ đạo UBND các xã, phường, thị trấn thống kê đàn", None, "quarterly"),
   T("Đài Phát thanh và Truyền hình tỉnh", "Đài Phát thanh và Truyền hình tỉnh xây dựng chuyên mục tuyên truyền phòng", "2025-06-30", "weekly",
     deadline_any=["2025-06-30", None])])
W("812_tay_do_ke_hoach_giam_sat_cum_a.docx", KH("61", "Tây Đô", "2025-03-18", "Dương Tấn Hiển"),
  "fresh7 (blind). Rewritten from a legal-text site's copy of a city plan for avian-influenza surveillance (2023, dated March 2025 "
  "here, before the two-level reform; .docx with a header table and a signature table from src/812_….html): Căn cứ lines; "
  "`1. Mục tiêu chung` and `2. Mục tiêu cụ thể theo tình huống dịch` with `a) Tình huống 1: …` / `b) Tình huống 2: …` and "
  "imperative paragraphs under them that name no unit (noise: objectives); `3. Phân công thực hiện` with `-` bullets each naming its "
  "unit (`X chỉ đạo Chi cục …`: the addressee leads); `hằng tháng và đột xuất`; `trong tháng 4/2025`; `trước ngày 30/4/2025`.",
  [T("Sở Y tế", "Sở Y tế chủ trì, hướng dẫn các bệnh viện thực hiện giám sát viêm phổi nặng do vi rút; tổng hợp, báo cáo UBND thành phố", None, "monthly"),
   T("Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Phát triển nông thôn chỉ đạo Chi cục Chăn nuôi và Thú y tổ chức tiêm phòng",
     "2025-04-30"),
   T("UBND các quận, huyện", "UBND các quận, huyện kiểm tra các điểm buôn bán gia cầm sống trên địa bàn", "2025-04-30"),
   T("Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông phối hợp với Sở Y tế cung cấp thông tin về dịch bệnh",
     coop=["Sở Y tế"])])
