# Gold files of the sixth fresh8 batch (916-918; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("916_an_lao_tin_thay_doi_bien_ten_tru_so.txt", NEWS(None, None),
  "fresh8 (blind). Rewritten from a district portal's item on renaming signs and moving offices when wards and an urban district "
  "were established (Dec 2024 there and here, before the reform): `image banner`, a long headline, `Ngày đăng:`; the resolution's "
  "number and effective date (information); photo captions `Thành lập Phường X, quận Y từ ngày 01/01/2025` between the paragraphs "
  "(noise, repeated); `Ủy ban nhân dân huyện yêu cầu các phòng, ban, đơn vị, địa phương, cơ quan công sở, trường học …; đồng thời "
  "…, hoàn thành trước ngày 30/12/2024` (all units; one task); `Đối với các xã sáp nhập …: UBND các xã chủ động …` (a lead-in, then "
  "the subject; `từ ngày 01/01/2025` is a start date); (added) `Giao Phòng Nội vụ huyện …`, `Công an huyện chỉ đạo Công an các xã, "
  "thị trấn … trong quý I/2025` (the addressee leads), the closing report `trước ngày 31/12/2024` (a task).",
  [T(ALL, "Ủy ban nhân dân huyện yêu cầu các phòng, ban, đơn vị, địa phương, cơ quan công sở, trường học rà soát", "2024-12-30"),
   T("UBND các xã", "UBND các xã chủ động tiếp nhận, bàn giao tài liệu, cơ sở vật chất"),
   T("Phòng Nội vụ huyện", "Giao Phòng Nội vụ huyện hướng dẫn các xã lập hồ sơ bàn giao", "2024-12-27"),
   T("Công an huyện", "Công an huyện chỉ đạo Công an các xã, thị trấn cập nhật địa chỉ mới của công dân", "2025-03-31"),
   T(ALL, "Các phòng, ban, đơn vị, địa phương báo cáo kết quả thực hiện về UBND huyện", "2024-12-31")])
W("917_phu_loi_tin_cong_bo_doi_ten_khu_pho.txt", NEWS("2026-03-05", None),
  "fresh8 (blind). Rewritten from a national newspaper's report of a ward ceremony announcing renamed neighbourhoods (Jul 2025 "
  "there, Mar 2026 here): masthead and sections, `TPO -` lead, counts of renamed neighbourhoods and the resolution's effective date "
  "(printed: 01/3/2026), a caption; thanks (noise); `lãnh đạo phường … đề nghị Ban điều hành các khu phố …, chủ động phối hợp với "
  "UBND phường, UBMTTQ và các đoàn thể …`; a reported conclusion `UBND phường giao Công an phường …, hoàn thành trong vòng 30 ngày "
  "kể từ ngày Nghị quyết có hiệu lực; Trung tâm … vào sáng thứ Bảy hằng tuần` (added; counted from the printed effective date); "
  "byline and the comment form's warning.",
  [T("Ban điều hành các khu phố", "đề nghị Ban điều hành các khu phố tiếp tục phát huy vai trò là cầu nối",
     coop=["UBND phường", "Ủy ban MTTQ Việt Nam phường"]),
   T("Công an phường", "UBND phường giao Công an phường cập nhật địa chỉ mới vào Cơ sở dữ liệu quốc gia về dân cư", "2026-03-31"),
   T("Trung tâm Phục vụ hành chính công phường", "Trung tâm Phục vụ hành chính công phường hỗ trợ người dân điều chỉnh thông tin",
     None, "weekly")])
MT = "Ủy ban MTTQ Việt Nam huyện Tây Sơn"
W("918_tay_son_mttq_tinh_lam_viec_huyen.docx", NEWS("2024-11-01", "Trần Văn Thanh"),
  "fresh8 (blind). Rewritten from a provincial newspaper's report of the provincial Front's working session with a district Front "
  "(Nov 2021 there, Nov 2024 here, before the reform) (.docx): section line, an author in capitals closed by `|`, a day written "
  "`Sáng 1.11` (no year: the report's year) and the head of the delegation (`làm trưởng đoàn`); results with figures (noise); "
  "`Thời gian tới, Ủy ban MTTQ Việt Nam huyện … cần …; …; …; …` (one subject, four clauses: one task, two optional splits); "
  "(added) `Đoàn đề nghị UBND huyện … trong dự toán năm 2025` (not a deadline) and a report `trước ngày 10.12.2024` (a dotted "
  "date); the TAGS line.",
  [T(MT, "Ủy ban MTTQ Việt Nam huyện Tây Sơn cần phát huy tốt vai trò của các tổ tư vấn, giám sát"),
   T(MT, "hướng dẫn cơ sở tổ chức Ngày hội \"Đại đoàn kết toàn dân tộc\" theo hướng sáng tạo", optional=True),
   T(MT, "chủ động tổ chức tốt công tác vận động Quỹ \"Vì người nghèo\" và an sinh xã hội", optional=True),
   T("UBND huyện Tây Sơn", "Đoàn đề nghị UBND huyện Tây Sơn quan tâm bố trí kinh phí hỗ trợ hoạt động"),
   T("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Tây Sơn", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Tây Sơn báo cáo kết quả vận động",
     "2024-12-10")])
