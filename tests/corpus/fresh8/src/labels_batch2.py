# Gold files of the second fresh8 batch (904-906; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
CX3 = "Chủ tịch UBND các xã An Phú, An Thạnh và An Lộc"
W("904_tay_an_tin_ket_luan_thanh_tra_tiep_dan.txt", NEWS(None, None),
  "fresh8 (blind). Rewritten from a provincial inspectorate's news of a district chairman's INSPECTION CONCLUSION on citizen "
  "reception in three communes (2020 there, May 2024 here, before the reform): site header and breadcrumb, `Cập nhật:` with a "
  "view counter; the conclusion's number and the inspected period (a referenced document, a data range); findings with figures "
  "(noise); `Chủ tịch UBND huyện yêu cầu Chủ tịch UBND các xã A, B và C …; …, hoàn thành trước ngày 30/6/2024` (two clauses "
  "under one subject: one task, the second an optional split); a second subject `Chủ tịch UBND các xã B và C …`; `Đồng thời, "
  "Chủ tịch UBND huyện giao X …; giao Y …` (added) with `trong quý III/2024` and `trước ngày 15/8/2024`; byline; comment form.",
  [T(CX3, "Chủ tịch UBND huyện yêu cầu Chủ tịch UBND các xã An Phú, An Thạnh và An Lộc tổ chức kiểm điểm trách nhiệm",
     "2024-06-30", deadline_any=["2024-06-30", None]),
   T(CX3, "bố trí địa điểm tiếp công dân riêng, niêm yết lịch tiếp, nội quy tiếp công dân", "2024-06-30", optional=True),
   T("Chủ tịch UBND các xã An Thạnh và An Lộc", "Chủ tịch UBND các xã An Thạnh và An Lộc thực hiện chế độ bồi dưỡng cho người làm nhiệm vụ"),
   T("Phòng Nội vụ huyện", "giao Phòng Nội vụ huyện hướng dẫn UBND các xã xây dựng kế hoạch chuyển đổi vị trí công tác đối với công chức địa chính, tư pháp trong quý", "2024-09-30"),
   T("Thanh tra huyện", "giao Thanh tra huyện theo dõi, đôn đốc việc thực hiện Kết luận", "2024-08-15")])
W("905_hoa_sen_to_trinh_ban_giao_nha_van_hoa.txt",
  {"kind": "to_trinh", "symbol": "TTr-MNHS", "number": "86", "place": "Ngọc Hà", "issued_on": "2026-08-03",
   "subject": "đề nghị bàn giao nhà văn hóa tổ dân phố số 7 cho trường Mầm non Hoa Sen làm điểm trường",
   "meeting_on": None, "chaired_by": None, "signed_by": "Lê Thị Hằng"},
  "fresh8 (blind). Rewritten from a kindergarten's TỜ TRÌNH to the commune and a village, as a school-site document library shows "
  "it (2017 there, Aug 2026 here, a ward school): the library's login notice, download links and `Người gửi / Ngày gửi / Dung "
  "lượng` fields; the school's two-line header (`UBND PHƯỜNG … / TRƯỜNG MN …`), `Số: 86/TTr-MNHS`; a V/v over two lines; `Kính "
  "gửi:` over three addressees each on its line; Căn cứ lines with dates; the school's situation (noise); `kính đề nghị:` over "
  "three numbered requests each naming its addressee (`1. Ủy ban nhân dân phường …`, `2. Phòng Văn hóa - Xã hội phường phối hợp "
  "với …`, `3. Ban điều hành tổ dân phố số 7 …`); a school year (not a deadline); the school's own commitment with `vào các buổi "
  "tối thứ Bảy, Chủ nhật hằng tuần` (optional).",
  [T("UBND phường Ngọc Hà", "Ủy ban nhân dân phường Ngọc Hà xem xét, quyết định bàn giao khu nhà văn hóa", "2026-08-20"),
   T("Phòng Văn hóa - Xã hội phường", "Phòng Văn hóa - Xã hội phường phối hợp với Phòng Kinh tế, Hạ tầng và Đô thị phường kiểm tra hiện trạng",
     coop=["Phòng Kinh tế, Hạ tầng và Đô thị phường"]),
   T("Ban điều hành tổ dân phố số 7", "Ban điều hành tổ dân phố số 7 thông báo tới các hộ dân, bố trí địa điểm sinh hoạt"),
   T("Trường Mầm non Hoa Sen", "Nhà trường cam kết quản lý, sử dụng đúng mục đích và tạo điều kiện", None, "weekly", optional=True)])
BTT = "Ban Thường trực Ủy ban MTTQ Việt Nam các huyện"
W("906_thanh_loi_mttq_tinh_khao_sat_cong_tac_mat_tran.md", NEWS("2024-06-11", "Lâm Hoàng Phúc"),
  "fresh8 (blind). Rewritten from a provincial newspaper's report of the provincial Fatherland Front's survey of two districts' "
  "Front committees (2021 there, June 2024 here) (markdown): italic date line, a bold lead naming the chair, an image with its "
  "caption repeated; results with figures (noise); `… lưu ý: Trong 6 tháng cuối năm, Ban Thường trực Ủy ban MTTQ Việt Nam các "
  "huyện …, hoàn thành trước ngày 30/9/2024` (a plural body elsewhere, as written); a rule sentence with no addressee (optional, "
  "the same addressee); `Đồng chí đề nghị Ban Thường trực … huyện A chỉ đạo Ban Công tác Mặt trận các ấp …` (the addressee "
  "leads); `; Ban Thường trực … huyện B …` in the same sentence (its own subject); `Các huyện báo cáo … định kỳ hằng tháng, trước "
  "ngày 20` (the bodies named in short) (added); byline, share line, related links.",
  [T(BTT, "Ban Thường trực Ủy ban MTTQ Việt Nam các huyện quan tâm công tác tuyên truyền, chuẩn bị chu đáo Đại hội", "2024-09-30"),
   T(BTT, "Việc triển khai phong trào thi đua \"Đồng Khởi mới\" đối với hệ thống Mặt trận", optional=True),
   T("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Thạnh Lợi",
     "Đồng chí đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam huyện Thạnh Lợi chỉ đạo Ban Công tác Mặt trận các ấp rà soát", "2024-07-15"),
   T("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Mỏ Cày Tây",
     "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Mỏ Cày Tây tổ chức giám sát việc sử dụng nguồn Quỹ", "2024-09-30"),
   T(BTT, "Các huyện báo cáo kết quả thực hiện nhiệm vụ công tác Mặt trận về Ban Thường trực", None, "monthly")])
