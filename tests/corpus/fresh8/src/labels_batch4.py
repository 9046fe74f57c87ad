# Gold files of the fourth fresh8 batch (910-912; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("910_phu_hoa_tin_bch_dang_bo_phuong_ma_tuy.txt", NEWS("2026-12-30", None),
  "fresh8 (blind). Rewritten from a city newspaper's report of a ward party executive conference on drugs and safe neighbourhoods "
  "(Dec 2025 there, Dec 2026 here): the paper's name, section, a ` date` line, `(NLĐO) -` lead, captions as plain lines, figures "
  "(noise); no chair named; the secretary's general call (optional, no unit); then (added) `Ông đề nghị Công an phường chủ trì, "
  "phối hợp với Ban Chỉ huy Quân sự phường … trong quý I/2027`, `Ủy ban MTTQ … và các đoàn thể …, trước ngày 31-1-2027` (a "
  "dashed date), `… yêu cầu Ban Điều hành các khu phố … vào tối thứ Bảy hằng tuần; Trung tâm Dịch vụ tổng hợp phường …, xong "
  "trong tháng 3-2027` (two subjects joined by `;`); awards (noise); byline.",
  [T(None, "nhấn mạnh yêu cầu tiếp tục nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức Đảng", optional=True),
   T("Công an phường", "Ông đề nghị Công an phường chủ trì, phối hợp với Ban Chỉ huy Quân sự phường mở đợt cao điểm",
     "2027-03-31", coop=["Ban Chỉ huy Quân sự phường"]),
   T("Ủy ban MTTQ Việt Nam phường", "Ủy ban MTTQ Việt Nam phường và các đoàn thể vận động gia đình có người nghiện",
     "2027-01-31", coop=["Các đoàn thể phường"]),
   T("Ban Điều hành các khu phố", "yêu cầu Ban Điều hành các khu phố duy trì tổ tuần tra nhân dân", None, "weekly"),
   T("Trung tâm Dịch vụ tổng hợp phường", "Trung tâm Dịch vụ tổng hợp phường phối hợp lắp đặt bổ sung 40 camera an ninh", "2027-03-31")])
W("911_tan_hoa_dang_uy_tong_ket_2025.md", NEWS("2026-01-21", None),
  "fresh8 (blind). Rewritten from a city newspaper's report of a ward party committee's year-end conference (Jan 2026) (markdown): "
  "a `##` headline, the date line, a bold lead, italic captions, a result figure; no chair named; the secretary's call to every "
  "cadre (optional, no unit); `Trước mắt, các cơ quan, đơn vị cần …; triển khai …; đồng thời …` (all units; the `;` clauses an "
  "optional split); `Đồng chí giao Văn phòng Đảng ủy phường …, hoàn thành trước ngày 31-1-2026; đề nghị Ủy ban MTTQ … chủ trì, "
  "phối hợp với …, xong trước ngày 12-2-2026` (added; two units in one sentence, each with its own verb); an anniversary and a "
  "holiday (not deadlines); awards; byline and keywords.",
  [T(None, "yêu cầu mỗi cán bộ, công chức, đảng viên trong hệ thống chính trị của phường tiếp tục đoàn kết", optional=True),
   T(ALL, "các cơ quan, đơn vị cần tập trung chuẩn bị chu đáo công tác bầu cử"),
   T(ALL, "triển khai các hoạt động, công trình thi đua chào mừng kỷ niệm 96 năm", optional=True),
   T(ALL, "đồng thời tập trung chăm lo cho người dân dịp Tết Nguyên đán Bính Ngọ 2026", optional=True),
   T("Văn phòng Đảng ủy phường", "Đồng chí giao Văn phòng Đảng ủy phường tham mưu ban hành Chương trình công tác năm 2026", "2026-01-31"),
   T("Ủy ban MTTQ Việt Nam phường", "đề nghị Ủy ban MTTQ Việt Nam phường chủ trì, phối hợp với Trung tâm an sinh xã hội phường trao quà Tết",
     "2026-02-12", coop=["Trung tâm an sinh xã hội phường"])])
W("912_phuong_lam_tin_trien_khai_nhiem_vu_thang7.txt", NEWS("2026-07-03", None),
  "fresh8 (blind). Rewritten from a commune portal's news of the joint conference of party, council, committee and Front on the "
  "second half-year (Jul 2025 there, Jul 2026 here): the whole report in ONE paragraph whose sentences are glued without a space "
  "after the full stop (`…trên địa bàn xã.Phát biểu …`); attendees (noise); the deputy secretary's priorities `Thứ nhất, … Thứ "
  "hai, … Thứ ba, …` with no subject (optional, no unit); `UBND xã cần … phân công` broken by a line break before `CBCCNLĐ`; "
  "(added) the chairman's conclusion `giao Phòng Kinh tế xã … trước ngày 20/7; Trung tâm Phục vụ hành chính công xã … vào thứ "
  "Sáu hằng tuần`, `Các thôn … vào Chủ nhật cuối tháng 7` (the day it is held; null defensible); no chair named; a byline.",
  [T(None, "Thứ nhất, tập trung triển khai hiệu quả Nghị quyết Đại hội Đảng bộ xã lần thứ I", optional=True),
   T(None, "Thứ hai, triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", optional=True),
   T(None, "Thứ ba, là triển khai thống nhất và thực hiện Nghị quyết chuyên đề", optional=True),
   T("UBND xã", "UBND xã cần tiếp tục thực hiện hiệu quả việc sắp xếp, phân công"),
   T("Phòng Kinh tế xã", "giao Phòng Kinh tế xã chủ trì rà soát các tiêu chí nông thôn mới nâng cao còn thiếu", "2026-07-20"),
   T("Trung tâm Phục vụ hành chính công xã", "Trung tâm Phục vụ hành chính công xã công khai kết quả giải quyết thủ tục hành chính",
     None, "weekly"),
   T("Các thôn", "Các thôn tổ chức ra quân vệ sinh đường làng, ngõ xóm", "2026-07-26", deadline_any=["2026-07-26", None])])
