# Gold files of the third fresh9 batch (1007-1009; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
W("1007_tan_my_tay_tin_hoi_nghi_bch_dang_bo_phuong.txt", NEWS("2026-08-14", "Lê Thu Hằng"),
  "fresh9 (blind). Rewritten from a real text: a city paper on a ward party executive conference (Aug 2026): ` date` line glued to the "
  "lead, a photo caption, blank lines left by images, figures; the city delegate's `Ông … yêu cầu lãnh đạo phường …` and `Ông … đề nghị "
  "triển khai ngay …` (no addressee: optional, null); the secretary's conclusion (added): `đề nghị Ủy ban nhân dân phường chỉ đạo Phòng "
  "…` (a party notice: the UBND leads), `giao Ban Xây dựng Đảng Đảng ủy phường …; Ủy ban Kiểm tra Đảng ủy phường …` (two subjects); "
  "dashed dates `30-9-2026`, `trong tháng 10-2026`, `trong quý IV-2026`.",
  [T(None, "yêu cầu lãnh đạo phường Tân Mỹ Tây tập trung hoàn thành các chỉ tiêu", optional=True),
   T(None, "đề nghị triển khai ngay các biện pháp phòng, chống dịch sốt xuất huyết mùa mưa", optional=True),
   T("UBND phường Tân Mỹ Tây", "đề nghị Ủy ban nhân dân phường chỉ đạo Phòng Kinh tế, Hạ tầng và Đô thị rà soát toàn bộ các tuyến hẻm",
     "2026-09-30"),
   T("Ban Xây dựng Đảng Đảng ủy phường", "giao Ban Xây dựng Đảng Đảng ủy phường hướng dẫn các chi bộ khu phố tổ chức sinh hoạt",
     "2026-10-31"),
   T("Ủy ban Kiểm tra Đảng ủy phường", "Ủy ban Kiểm tra Đảng ủy phường kiểm tra việc chấp hành quy định nêu gương", "2026-12-31")])
W("1008_hoi_pho_tin_mttq_tuyen_duong_truong_ban.txt", NEWS("2024-11-08", None),
  "fresh9 (blind). Rewritten from a real text: a provincial paper on a city Fatherland Front ceremony honouring neighbourhood Front heads "
  "(Nov 2024): ` date 2024-11 (QNO) -`, a caption, results; `… Chủ tịch Ủy ban MTTQ Việt Nam thành phố đề nghị Ban Thường trực Ủy ban "
  "MTTQ Việt Nam các phường, xã …` (a plural body as written); `Các ban công tác mặt trận khu dân cư duy trì sinh hoạt định kỳ hằng quý` "
  "(quarterly, the noun reading defensible); `giao Ban Phong trào … trước ngày 18/11` (no year; the festival day) (added); no chair named; "
  "the author in capitals.",
  [T("Ban Thường trực Ủy ban MTTQ Việt Nam các phường, xã",
     "đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam các phường, xã tiếp tục kiện toàn ban công tác mặt trận ở những khu dân cư còn thiếu trưởng ban", "2024-12-31"),
   T("Các Ban Công tác Mặt trận khu dân cư", "Các ban công tác mặt trận khu dân cư duy trì sinh hoạt định kỳ hằng quý", None,
     "quarterly", recurrence_any=["quarterly", None]),
   T("Ban Phong trào", "giao Ban Phong trào tham mưu tổ chức Ngày hội Đại đoàn kết toàn dân tộc điểm", "2024-11-18")])
W("1009_ngoc_khanh_tin_cong_truong_an_toan.txt", NEWS(None, None),
  "fresh9 (blind). Rewritten from a real text: a construction paper's brief on a ward's `Cổng trường an toàn giao thông` model (2026): "
  "no date line; the deputy chairwoman's account; past actions (noise); a caption ending in ` |`; `Phường cũng đề xuất Sở Xây dựng … "
  "trước ngày 30/10/2026` (a proposal to a higher level: optional); `; đề nghị Công ty Điện lực …` (a second subject after `;`); `Ban "
  "Giám hiệu Trường Tiểu học …`; `Công an phường … vào giờ tan học các ngày từ thứ Hai đến thứ Sáu hằng tuần` (periodic, weekly "
  "defensible) (added); the school's own team (optional). Every document field null.",
  [T("Sở Xây dựng", "đề xuất Sở Xây dựng kẻ vạch sơn sang đường và lắp gờ giảm tốc", "2026-10-30", optional=True),
   T("Công ty Điện lực Ngọc Khánh", "đề nghị Công ty Điện lực Ngọc Khánh thanh thải, bó gọn dây điện"),
   T("Ban Giám hiệu Trường Tiểu học Kim Mã", "Ban Giám hiệu Trường Tiểu học Kim Mã tổ chức tuyên truyền tới giáo viên"),
   T("Công an phường", "Công an phường bố trí lực lượng hỗ trợ phân luồng giao thông trước cổng trường", None, "periodic",
     recurrence_any=["periodic", "weekly"]),
   T("Trường Tiểu học Kim Mã", "nhà trường thành lập Tổ tự quản với thành phần là giáo viên", optional=True)])
