# Gold files of the eighth fresh9 batch (1017; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
W("1017_thuy_an_tin_huong_dan_thanh_lap_dang_bo_xa_moi.txt", NEWS(None, None),
  "fresh9 (blind). Rewritten from a real text: a commune portal's repost of a provincial party organisation board's GUIDANCE on "
  "setting up the party committees of the new communes (Jun 2025): empty menu bullets `• :` and accessibility controls (`A- A A+ | "
  "Tăng tương phản …`); a staffing norm with `05 năm` (noise); headings `1.Đối với …` without a space over `-` items whose subject is "
  "a plural party body (`Ban Thường vụ huyện ủy, thị ủy nơi …`, `Đối với các xã không thực hiện sắp xếp: Ban Thường vụ …`); `Ban "
  "Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì, phối hợp …`; `vào thứ Sáu hằng tuần cho đến khi hoàn thành` (weekly); the photo "
  "credit. Every document field null.",
  [T("Ban Thường vụ huyện ủy, thị ủy", "Ban Thường vụ huyện ủy, thị ủy nơi có xã được xác định là trung tâm hành chính",
     "2025-06-16"),
   T("Ban Thường vụ huyện ủy, thị ủy", "Ban Thường vụ huyện ủy, thị ủy rà soát, kiện toàn ban chấp hành", "2025-06-25"),
   T("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
     "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì, phối hợp với các đoàn thể tỉnh hướng dẫn", "2025-06-30",
     coop=["Các đoàn thể tỉnh"]),
   T("Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh ủy theo dõi, đôn đốc; tổng hợp tình hình", None, "weekly")])
