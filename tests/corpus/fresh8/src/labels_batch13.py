# Gold files of the thirteenth fresh8 batch (926; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
VPDU = "Văn phòng Đảng ủy phường"
W("926_phu_dien_dang_uy_thong_bao_ket_luan_btv.txt",
  {"kind": "thong_bao", "symbol": "TB/ĐU", "number": "214", "place": "Phú Diễn", "issued_on": "2026-12-14",
   "meeting_on": "2026-12-11", "chaired_by": "Đỗ Minh Tuấn", "signed_by": "Lưu Thị Hạnh"},
  "fresh8 (blind). A ward PARTY standing committee's THÔNG BÁO KẾT LUẬN (`Số 214-TB/ĐU` without a colon, under a star, the "
  "place-and-date line beside it); items `N. Về …:` whose subject follows the topic: `Giao Văn phòng Đảng ủy …`, `Giao Ủy ban "
  "Kiểm tra Đảng ủy phường …, trình … trong tháng 12/2026; đồng thời …, báo cáo … trước 15/01/2027` (one unit, two clauses: the "
  "second an optional split), `Giao Ban Xây dựng Đảng Đảng ủy phường …`; `đề nghị đồng chí Phó Bí thư, Chủ tịch UBND phường chỉ "
  "đạo Phòng … ; chỉ đạo Trung tâm …` (the ward's leader directs two named units: one task each, the directed unit leads); `Giao Ủy "
  "ban nhân dân phường chỉ đạo các lực lượng …` (the UBND leads); `Đề nghị Ủy ban MTTQ … chủ trì, phối hợp …`; `sinh hoạt chi bộ "
  "định kỳ vào ngày 05 hằng tháng`; a preparation for a meeting `(dự kiến ngày 24/12/2026)` (null, that day defensible); an "
  "anniversary in a parenthesis; `hằng tuần`; `T/M BAN THƯỜNG VỤ` over `(đã ký)`.",
  [T(VPDU, "Giao Văn phòng Đảng ủy tiếp thu ý kiến tại hội nghị, hoàn chỉnh", "2026-12-22"),
   T("Ủy ban Kiểm tra Đảng ủy phường", "Giao Ủy ban Kiểm tra Đảng ủy phường xây dựng Chương trình kiểm tra, giám sát năm 2027",
     "2026-12-31", deadline_any=["2026-12-31", "2027-01-15"]),
   T("Ủy ban Kiểm tra Đảng ủy phường", "đồng thời hướng dẫn các chi bộ tự kiểm tra việc chấp hành Điều lệ Đảng", "2027-01-15",
     optional=True),
   T("Ban Xây dựng Đảng Đảng ủy phường", "Giao Ban Xây dựng Đảng Đảng ủy phường hướng dẫn các chi bộ kiểm điểm, đánh giá", "2026-12-31"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "chỉ đạo Phòng Kinh tế, Hạ tầng và Đô thị đẩy nhanh tiến độ giải phóng mặt bằng", "2027-03-31"),
   T("Trung tâm Phục vụ hành chính công", "chỉ đạo Trung tâm Phục vụ hành chính công phường duy trì tỷ lệ giải quyết hồ sơ đúng hạn",
     None, "monthly"),
   T("UBND phường", "Giao Ủy ban nhân dân phường chỉ đạo các lực lượng Công an, Quân sự xây dựng phương án"),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường chủ trì, phối hợp với các tổ chức chính trị - xã hội phường",
     "2027-01-20", coop=["Các tổ chức chính trị - xã hội phường"]),
   T("Các chi bộ trực thuộc Đảng ủy phường", "Các chi bộ trực thuộc tổ chức sinh hoạt chi bộ định kỳ vào ngày 05 hằng tháng",
     None, "monthly", recurrence_any=["monthly", None]),
   T(VPDU, "Giao Văn phòng Đảng ủy phối hợp với Ban Xây dựng Đảng chuẩn bị nội dung, điều kiện", None,
     coop=["Ban Xây dựng Đảng Đảng ủy phường"], deadline_any=[None, "2026-12-24"]),
   T("Ban Tuyên giáo và Dân vận Đảng ủy phường", "Ban Tuyên giáo và Dân vận Đảng ủy phường định hướng thông tin tuyên truyền",
     None, "weekly")])
