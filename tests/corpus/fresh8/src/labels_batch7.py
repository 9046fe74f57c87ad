# Gold files of the seventh fresh8 batch (919-920; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
DU = "Đảng ủy các xã, phường"
W("919_lam_nguyen_tin_bi_thu_tinh_uy_giao_ban.docx", NEWS("2026-09-24", "Phạm Quốc Bảo"),
  "fresh8 (blind). Rewritten from a provincial TV station's page on the provincial party committee's online conference with the "
  "party committees below it and the communes (Mar 2025 there, Sep 2026 here, a briefing on two-level government) (.docx): "
  "station name and menu, the headline repeated under the lead as a caption, an update stamp, `Sáng 24/9` (no year: the stamp's), the "
  "chair named in the lead; figures (noise); (added) `Kết luận hội nghị, Bí thư Tỉnh ủy yêu cầu Đảng ủy các xã, phường … vào sáng "
  "thứ Hai hằng tuần; Chủ tịch UBND xã, phường … trước mỗi kỳ giao ban` (a plural role holder written without `các`; a report "
  "before each weekly briefing), `Đồng chí giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy … trong quý IV/2026`, "
  "`Sở Nội vụ …, báo cáo … trước ngày 15/10/2026`; two bylines; a related link.",
  [T(DU, "yêu cầu Đảng ủy các xã, phường duy trì giao ban giữa Thường trực Đảng ủy và Ban Thường vụ", None, "weekly"),
   T("Chủ tịch UBND các xã, phường", "Chủ tịch UBND xã, phường báo cáo đầy đủ công việc của chính quyền với Bí thư", None, "weekly",
     recurrence_any=["weekly", "periodic", None]),
   T("Ban Tổ chức Tỉnh ủy", "Đồng chí giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy kiểm tra việc thực hiện quy chế",
     "2026-12-31", coop=["Văn phòng Tỉnh ủy"]),
   T("Sở Nội vụ", "Sở Nội vụ rà soát, đề xuất bổ sung công chức cho các xã còn thiếu", "2026-10-15")])
W("920_xuan_phuoc_dang_uy_co_quan_dang_tong_ket.pdf", NEWS("2027-01-12", None),
  "fresh8 (blind). Rewritten from a ward portal's news of the year-end conference of the ward's party committee of party agencies "
  "(Jan 2026 there, Jan 2027 here) (.pdf): a headline with a stray comma (`triển khai, nhiệm vụ`), `Tổ chức` with a capital T, "
  "attendees as sentences starting `Đồng chí …` (noise; no chair named), results with figures; (added) the ward secretary's "
  "`đề nghị Đảng ủy các cơ quan Đảng phường …, ban hành … trước ngày 31/01/2027; các chi bộ trực thuộc … ít nhất 01 lần/quý` (two "
  "subjects joined by `;`) and `Đồng chí cũng đề nghị Ủy ban Kiểm tra Đảng ủy các cơ quan Đảng phường …, hoàn thành … trong quý "
  "II/2027`; awards; author and counter.",
  [T("Đảng ủy các cơ quan Đảng phường", "đề nghị Đảng ủy các cơ quan Đảng phường tập trung lãnh đạo thực hiện Nghị quyết", "2027-01-31"),
   T("Các chi bộ trực thuộc Đảng ủy các cơ quan Đảng phường", "các chi bộ trực thuộc duy trì sinh hoạt chuyên đề ít nhất 01 lần/quý",
     None, "quarterly"),
   T("Ủy ban Kiểm tra Đảng ủy các cơ quan Đảng phường",
     "Ủy ban Kiểm tra Đảng ủy các cơ quan Đảng phường xây dựng và thực hiện Chương trình kiểm tra, giám sát năm 2027", "2027-06-30")])
