# Gold files of the seventh fresh12 batch (1323; hand-written, labelled before any parser run; session 28, corpus17).
from use_common import T, W, NEWS
W("1323_phu_tho_cong_van_nhieu_noi_nhan_tet.docx",
  {"kind": "cong_van", "symbol": "UBND-VHXH", "number": "27", "place": "Phú Thọ", "issued_on": "2027-01-11",
   "meeting_on": None, "chaired_by": None, "signed_by": "Lâm Thị Bích Ngọc",
   "subject": "chuẩn bị các điều kiện bảo đảm an ninh trật tự, an toàn thực phẩm dịp Tết Nguyên đán Đinh Mùi 2027"},
  "fresh12 (blind). Hand-written (.docx from src/*.txt): a ward công văn to SEVERAL ADDRESSEES (`Kính gửi:` over five `-` lines), "
  "then ONE PARAGRAPH PER ADDRESSEE opened five ways: `Đối với Công an phường:`, `Đối với Ban Chỉ huy Quân sự phường:`, `Trạm Y tế "
  "phường chủ trì, …` (the subject), `Riêng Ban Quản lý chợ Phú Thọ:`, `Các đồng chí Tổ trưởng tổ dân phố …`; a paragraph's second "
  "SENTENCE with no subject (`Tăng cường kiểm tra …`, `Đồng thời chuẩn bị …`, `Bố trí lịch trực …`) is a task of that paragraph's "
  "addressee; a unit outside the list (`Giao Văn phòng HĐND và UBND phường …`); `trước 15 giờ hằng ngày trong thời gian nghỉ Tết` "
  "(periodic), a window `từ ngày 01/02 đến hết ngày 10/02/2027` (its end, null defensible), `trong tháng 01/2027`; the neighbourhood "
  "heads' item has `trước Tết` (Tết's solar day printed above, 06/02/2027) and `báo cáo … trước ngày 20/01/2027` (the earliest cued "
  "date; the day before Tết or null defensible), its second clause an optional split; the V/v line is the subject.",
  [T("Công an phường", "Xây dựng kế hoạch cao điểm tấn công, trấn áp tội phạm dịp Tết", "2027-01-18"),
   T("Công an phường", "Tăng cường kiểm tra, xử lý việc tàng trữ, đốt pháo nổ trái phép", None, "periodic"),
   T("Ban Chỉ huy Quân sự phường", "Duy trì nghiêm chế độ trực sẵn sàng chiến đấu", "2027-02-10", deadline_any=["2027-02-10", None]),
   T("Ban Chỉ huy Quân sự phường", "Đồng thời chuẩn bị chu đáo lễ giao nhận quân năm 2027", "2027-01-25"),
   T("Trạm Y tế phường", "Trạm Y tế phường chủ trì, phối hợp Đội kiểm tra liên ngành an toàn thực phẩm kiểm tra các cơ sở", "2027-01-31",
     coop=["Đội kiểm tra liên ngành an toàn thực phẩm phường"]),
   T("Trạm Y tế phường", "Bố trí lịch trực cấp cứu 24/24 giờ trong các ngày nghỉ Tết", "2027-01-29"),
   T("Ban Quản lý chợ Phú Thọ", "sắp xếp khu vực bán hàng Tết, bảo đảm lối thoát nạn", "2027-01-25"),
   T("Tổ trưởng các tổ dân phố", "Tổ trưởng tổ dân phố vận động nhân dân tổng vệ sinh đường phố, ngõ xóm", "2027-01-20",
     deadline_any=["2027-01-20", "2027-02-05", None]),
   T("Tổ trưởng các tổ dân phố", "thăm hỏi, nắm tình hình các hộ có hoàn cảnh khó khăn", "2027-01-20", optional=True),
   T("Văn phòng HĐND và UBND phường", "Giao Văn phòng HĐND và UBND phường theo dõi, tổng hợp kết quả thực hiện của các đơn vị",
     "2027-02-03")])
