# Gold files of the thirteenth fresh5 batch (labelled by hand before any parser run; session 25).
from labels_common import T, W, NEWS
W("612_tan_thoi_tra_loi_du_luan_xa_hoi.txt", NEWS(None, None),
  "fresh5 (blind). Rewritten from a district portal's monthly answers to public opinion (2016, dated 2024 here): a visit "
  "counter as noise; `N. Lĩnh vực …:` over `N.M` items, each a petition (its source unit in a trailing parenthesis: noise) "
  "and a `Trả lời:` paragraph whose assignment is the task; past actions and the district's own follow-up (optional); "
  "`hoàn thành trong tháng 6/2024`, `trước ngày 15/6/2024`, `trước ngày 05 hằng tháng`, `vào tối thứ Bảy, Chủ nhật hằng "
  "tuần`, `trong quý III/2024`; the district directs a ward (the ward leads). A portal page of answers: every document field null.",
  [T("Phòng Quản lý đô thị quận", "Ủy ban nhân dân quận giao Phòng Quản lý đô thị quận phối hợp Ủy ban nhân dân phường Tân Chánh lập phương án sửa chữa",
     "2024-06-30", coop=["UBND phường Tân Chánh"]),
   T("UBND quận", "Ủy ban nhân dân quận sẽ tiếp tục theo dõi, đôn đốc chủ đầu tư hoàn thành dự án", None, optional=True),
   T("Phòng Văn hóa và Thông tin quận", "Ủy ban nhân dân quận giao Phòng Văn hóa và Thông tin quận chủ trì, phối hợp Công an quận",
     "2024-06-15", coop=["Công an quận", "UBND phường Đông Hưng"]),
   T("UBND các phường", "đề nghị Ủy ban nhân dân các phường rà soát, lập danh sách đối tượng tăng, giảm", None, "monthly"),
   T("UBND phường Thạnh Lộc", "Ủy ban nhân dân phường Thạnh Lộc phối hợp Đội Quản lý trật tự đô thị quận lắp đặt camera giám sát",
     None, "weekly", coop=["Đội Quản lý trật tự đô thị quận"]),
   T("Ban Quản lý dự án đầu tư xây dựng khu vực quận", "Ủy ban nhân dân quận giao Ban Quản lý dự án đầu tư xây dựng khu vực quận khảo sát, đề xuất phương án nạo vét",
     "2024-09-30")])
W("613_bac_ha_ke_hoach_cao_diem_an_ninh_co_so.txt",
  {"kind": "ke_hoach", "symbol": "KH-UBND", "number": "412", "place": "Bắc Hà", "issued_on": "2026-12-21",
   "meeting_on": None, "chaired_by": None, "signed_by": "Lê Quang Thịnh"},
  "fresh5 (blind). Rewritten from a city (provincial-level) plan of December 2025 (names, numbers and dates changed): "
  "footnote markers `[1]`, `[2]` in the text and the footnotes after the signature (referenced documents' dates: noise); "
  "Thời gian thực hiện in three rounds (a schedule that names no unit: noise) and Nội dung items with no unit (noise); "
  "Tổ chức thực hiện with unnumbered unit headings over `-` bullets or one paragraph; `Sở Nội vụ (Ban Thi đua - Khen thưởng)`; "
  "`Đề nghị Ủy ban MTTQ …` heading; two dates in one task; `vào tối thứ Tư hằng tuần`; `định kỳ hằng tháng (trước ngày 20)`; "
  "`trong dự toán ngân sách năm 2027` (not a deadline); the closing difficulties line (noise).",
  [T("Công an tỉnh", "Là cơ quan thường trực, chủ trì tham mưu UBND tỉnh hướng dẫn, kiểm tra, đôn đốc"),
   T("Công an tỉnh", "Tổng hợp kết quả từng đợt, báo cáo UBND tỉnh trước ngày 10/02/2027", "2027-02-10",
     deadline_any=["2027-02-10", "2027-05-10"]),
   T("Sở Nội vụ", "Hướng dẫn nội dung, tiêu chí thi đua; thẩm định hồ sơ đề nghị khen thưởng", "2027-05-31"),
   T("Sở Tài chính", "Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán"),
   T("Báo và Phát thanh, Truyền hình Bắc Hà", "Mở chuyên mục \"Vì bình yên cơ sở\", phát sóng vào tối thứ Tư hằng tuần", None, "weekly"),
   T("Ủy ban MTTQ Việt Nam tỉnh", "Chỉ đạo Ban Công tác Mặt trận ở khu dân cư phối hợp Công an cấp xã vận động"),
   T("UBND các xã, phường", "Xây dựng kế hoạch cụ thể của địa phương, ban hành xong trước ngày 05/01/2027", "2027-01-05"),
   T("UBND các xã, phường", "Bảo đảm kinh phí, trang phục, công cụ hỗ trợ cho lực lượng tham gia"),
   T("UBND các xã, phường", "Báo cáo kết quả định kỳ hằng tháng (trước ngày 20) về UBND tỉnh", None, "monthly")])
