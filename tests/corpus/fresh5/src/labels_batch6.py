# Gold files of the sixth fresh5 batch (labelled by hand before any parser run).
from labels_common import T, W, NEWS
W("606_long_hiep_ke_hoach_cai_cach_hanh_chinh.txt", NEWS(None, None),
  "fresh5 (blind). Rewritten from a commune portal summary of its plan (2025, dated 2026 here): the plan's number and date inside a "
  "news sentence (not a signing line: fields null); Mục đích / Yêu cầu as noise; items `N. <Topic>: X …`; `giao Đài truyền thanh xã …`; "
  "`định kỳ 6 tháng`, `hằng quý`, `02 lần/tuần`; the closing report `trước ngày 10 của tháng cuối quý` by all units.",
  [T("Văn phòng HĐND và UBND xã", "Văn phòng HĐND và UBND xã rà soát các văn bản do HĐND, UBND xã ban hành", "2026-06-30"),
   T("Trung tâm Phục vụ hành chính công", "Trung tâm Phục vụ hành chính công xã niêm yết công khai đầy đủ thủ tục hành chính", None, "periodic"),
   T("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội tham mưu đánh giá, xếp loại công chức theo quy định", "2026-12-15"),
   T("Phòng Kinh tế", "Phòng Kinh tế chủ trì vận hành hệ thống quản lý văn bản điều hành", None, "quarterly"),
   T("Đài truyền thanh xã", "giao Đài truyền thanh xã phát tin về cải cách hành chính ít nhất 02 lần/tuần", None, "weekly"),
   T("Các phòng, ban, đơn vị", "Các thôn, các đơn vị trực thuộc căn cứ Kế hoạch này triển khai thực hiện", None, "quarterly", coop=["Các thôn"])])
W("607_sai_gon_tin_chu_tich_kiem_tra_chuyen_nganh.txt", NEWS(None, None),
  "fresh5 (blind). Rewritten from a newspaper report of a city chairman's letter (November 2025): no meeting; `giao thủ trưởng các "
  "sở, ban, ngành TP; chủ tịch UBND các xã, phường, đặc khu …` (heads of a collective → all units, the others cooperate); a rule "
  "paragraph with no unit (noise); `Sở Tư pháp … trước ngày 15/12/2025`; `Thanh tra TP …, báo cáo định kỳ 6 tháng`; a trailing date.",
  [T("Các phòng, ban, đơn vị", "giao thủ trưởng các sở, ban, ngành TP; chủ tịch UBND các xã, phường, đặc khu thực hiện nghiêm", None, coop=["Chủ tịch UBND các xã, phường, đặc khu"]),
   T("Sở Tư pháp", "giao Sở Tư pháp theo dõi, đôn đốc việc thực hiện, tổng hợp báo cáo UBND TP", "2025-12-15"),
   T("Thanh tra Thành phố", "Thanh tra TP rà soát, tránh chồng chéo giữa thanh tra và kiểm tra chuyên ngành", None, "periodic")])
