# Gold files of the third fresh8 batch (907-909; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
W("907_an_thuong_tin_trien_khai_bau_cu.md", NEWS("2026-01-08", None),
  "fresh8 (blind). Rewritten from a city newspaper's report of a ward party conference on the congress results and the election "
  "(Nov 2025 there, Jan 2026 here) (markdown): breadcrumb links, bold standfirst, byline with time, a long attendee list naming "
  "the role holders (noise), photo captions as one-cell pipe tables with an empty image `![]()`; the election day and figures "
  "(information); no chair named; `Bí thư Đảng ủy phường đề nghị các chi bộ trực thuộc … trong tháng 01/2026`; the chairman's "
  "requests in two sentences with their own subjects (plural role holders) (added); `Hiệu trưởng các trường … vào thứ Hai hằng "
  "tuần cho đến ngày bầu cử` (added); tags and related links.",
  [T("Các chi bộ trực thuộc Đảng ủy phường", "đề nghị các chi bộ trực thuộc quán triệt kết quả Đại hội tới từng đảng viên", "2026-01-31"),
   T("Tổ trưởng các tổ dân phố", "đề nghị Tổ trưởng các tổ dân phố phối hợp với Công an phường rà soát, lập danh sách cử tri",
     "2026-01-25", coop=["Công an phường"]),
   T("Trưởng ban Công tác Mặt trận các tổ dân phố", "Trưởng ban Công tác Mặt trận các tổ dân phố tổ chức hội nghị cử tri nơi cư trú",
     "2026-02-08"),
   T("Hiệu trưởng các trường công lập trên địa bàn", "Hiệu trưởng các trường công lập trên địa bàn phối hợp tuyên truyền về cuộc bầu cử",
     None, "weekly", deadline_any=[None, "2026-03-15"])])
W("908_huong_lam_tin_hoi_nghi_bch_dang_bo_xa.txt", NEWS("2027-01-08", "Lê Quang Bình"),
  "fresh8 (blind). Rewritten from a commune portal's news of a party executive committee's conference (Jan 2021 there, Jan 2027 "
  "here): menu and breadcrumb, `(Cập nhật: … | Lượt xem: …)`; figures and adopted programmes (noise); the secretary's `yêu cầu "
  "triển khai thực hiện một số nội dung quan trọng sau:` over unnumbered paragraphs: a subject-less priority (optional, no unit), "
  "`Yêu cầu Trung tâm … vào 06 giờ sáng hằng ngày trong tháng 01 và tháng 02/2027`, `UBND xã, Ủy ban MTTQ … xong trước ngày "
  "25/01/2027; …` (a party notice giving a task to the UBND: it leads), `Công an xã, Ban Chỉ huy quân sự xã …` (two units), "
  "`… đề nghị Ủy ban Kiểm tra Đảng ủy xã … định kỳ hằng quý` (added); a holiday; the party office as byline; comment form.",
  [T(None, "Tiếp tục tuyên truyền, treo cờ, khẩu hiệu tại trung tâm xã", optional=True),
   T("Trung tâm Dịch vụ sự nghiệp công xã", "Yêu cầu Trung tâm Dịch vụ sự nghiệp công xã xây dựng kế hoạch thông tin",
     "2027-02-28", "periodic", deadline_any=["2027-02-28", None]),
   T("UBND xã", "UBND xã, Ủy ban MTTQ Việt Nam xã chuẩn bị các nội dung, điều kiện để tổ chức Hội nghị đại biểu nhân dân",
     "2027-01-25", coop=["Ủy ban MTTQ Việt Nam xã"]),
   T("Công an xã", "Công an xã, Ban Chỉ huy quân sự xã tăng cường tuần tra, xây dựng kế hoạch trực gác",
     coop=["Ban Chỉ huy Quân sự xã"]),
   T("Ủy ban Kiểm tra Đảng ủy xã", "đề nghị Ủy ban Kiểm tra Đảng ủy xã hoàn thành việc kiểm tra, giám sát", None, "quarterly")])
W("909_thinh_loc_tin_btv_huyen_uy_duyet_dai_hoi.txt", NEWS("2025-03-11", "Trương Minh Phúc"),
  "fresh8 (blind). Rewritten from a district portal's short news of the district party standing committee approving a commune's "
  "congress documents (2015 there, Mar 2025 here, before the reform): a headline ending with a full stop; two blank lines inside "
  "the text; the secretary's requests in three sentences: `yêu cầu cấp ủy xã X …` (the commune party committee), `đồng chí yêu "
  "cầu tiểu ban văn kiện của xã …, gửi lại … trước ngày 20/3/2025` (added date), `yêu cầu ban thường vụ và ban chấp hành đảng bộ "
  "xã X …, báo cáo … trước ngày 25/3/2025` (lower case; two bodies) and a last sentence with its own subject (added); byline.",
  [T("Đảng ủy xã Thịnh Lộc", "yêu cầu cấp ủy xã Thịnh Lộc nghiêm túc tiếp thu ý kiến góp ý của các đại biểu"),
   T("Tiểu ban Văn kiện Đại hội Đảng bộ xã Thịnh Lộc", "đồng chí yêu cầu tiểu ban văn kiện của xã tuân thủ hướng dẫn", "2025-03-20"),
   T("Ban Thường vụ Đảng ủy xã Thịnh Lộc", "yêu cầu ban thường vụ và ban chấp hành đảng bộ xã Thịnh Lộc tiếp tục rà soát, hoàn thiện phương án nhân sự",
     "2025-03-25", coop=["Ban Chấp hành Đảng bộ xã Thịnh Lộc"]),
   T("Ban Tổ chức Huyện ủy", "Ban Tổ chức Huyện ủy hướng dẫn xã hoàn thiện hồ sơ nhân sự theo quy định")])
