# Gold files of the second fresh13 batch (1406-1410; rewritten news, labelled before any parser run; session 29, corpus18).
from use_common import T, W, NEWS
W("1406_linh_dong_ra_quan_van_minh_do_thi_quoc_khanh.txt", NEWS("2024-08-09", "Khúc Thị Ngân"),
  "fresh13 (blind). Rewritten from a district portal's ward page (Aug 2019, dated Aug 2024 here): a lower-case section label, "
  "`Ngày đăng … | View count:`, the plan it rests on (a referenced document), anniversaries in parentheses and last month's figures "
  "(noise); (following the source's lead-in) the chairman's conclusion `giao nhiệm vụ cụ thể:` over four `+` items, each with its "
  "unit: `trước ngày 31/8/2024`, `xong trước ngày 20/8` (the year of the meeting), none, `trước ngày 25/8/2024 … hằng tuần` (a "
  "one-off with a recurring report: weekly); the campaign's last day (information).",
  [T("Công an phường", "Công an phường chủ trì, phối hợp Đội trật tự xây dựng - đô thị phường duy trì các tổ tuần tra cơ động",
     "2024-08-31", coop=["Đội trật tự xây dựng - đô thị phường"]),
   T("Các tổ dân phố", "Các tổ dân phố tổ chức cho các hộ gia đình ký cam kết giữ gìn vệ sinh, trật tự", "2024-08-20"),
   T("Trạm Y tế phường", "Trạm Y tế phường phối hợp Ban quản lý chợ Lĩnh Đông kiểm tra an toàn thực phẩm", coop=["Ban quản lý chợ Lĩnh Đông"]),
   T("Bộ phận Văn hóa - Thông tin phường", "Bộ phận Văn hóa - Thông tin phường treo cờ, băng rôn, khẩu hiệu trên các tuyến phố chính",
     "2024-08-25", "weekly")])
W("1407_phu_thuong_kiem_tra_dich_benh_gia_suc.txt", NEWS("2026-11-13", "Lò Văn Khiêm"),
  "fresh13 (blind). Rewritten from a provincial TV site's news of an inspection of livestock-disease prevention (Nov 2019, dated Nov "
  "2026 here, a new commune): a broadcast tag `(TS 14/11)` in the headline (not a date of anything), a caption, the commune's report "
  "(noise); the team's request to the commune `đề nghị UBND xã tiếp tục …` and its subject-less `Đồng thời, triển khai …` (an optional "
  "split); (added) `giao Trạm Chăn nuôi và Thú y khu vực III phối hợp với Phòng Kinh tế xã … trước ngày 25/11/2026`, `UBND xã Phú "
  "Thượng báo cáo … vào thứ Năm hằng tuần cho đến khi hết mùa dịch`; the team's guidance given (past: noise).",
  [T("UBND xã", "đề nghị UBND xã tiếp tục đẩy mạnh công tác tuyên truyền đến người dân và hộ chăn nuôi"),
   T("UBND xã", "Đồng thời, triển khai các giải pháp ngăn chặn dịch bệnh trên địa bàn", optional=True),
   T("Trạm Chăn nuôi và Thú y khu vực III", "giao Trạm Chăn nuôi và Thú y khu vực III phối hợp với Phòng Kinh tế xã lấy mẫu giám sát",
     "2026-11-25", coop=["Phòng Kinh tế xã"]),
   T("UBND xã Phú Thượng", "UBND xã Phú Thượng báo cáo diễn biến dịch bệnh về Sở vào thứ Năm hằng tuần", None, "weekly")])
W("1408_the_hanh_chinh_ra_soat_dien_tich_xa_moi.txt",
  {"kind": None, "place": None, "issued_on": None, "meeting_on": None, "chaired_by": None, "signed_by": None},
  "fresh13 (blind). Rewritten from a news site's TAG PAGE (`hành chính`): three teasers, each a title, a `dd/mm/yyyy hh:mm` line and "
  "one paragraph; the first holds two tasks in three sentences: `UBND cấp tỉnh rà soát …` whose deadline sits in the next, passive "
  "sentence (`Số liệu phải được gửi về Bộ Nội vụ trước 30/8`: the teaser's year), `Bộ Nội vụ sẽ tổng hợp, báo cáo … trước 30/9`; "
  "the other teasers are information (counts, an effective date); `Thẻ:` and `Xem thêm`. Not an administrative document, no meeting.",
  [T("UBND cấp tỉnh", "UBND cấp tỉnh rà soát, xác định diện tích tự nhiên", "2026-08-30"),
   T("Bộ Nội vụ", "Bộ Nội vụ sẽ tổng hợp, báo cáo Chính phủ, Thủ tướng", "2026-09-30")])
W("1409_luc_nham_chu_tich_huyen_chi_dao_vi_pham_dat_dai.docx",
  {"kind": None, "place": None, "issued_on": None, "meeting_on": None, "chaired_by": None, "signed_by": None},
  "fresh13 (blind). Rewritten from a district portal's news of the chairman's letter on land-use violations (2018, dated Nov 2024 "
  "here; .docx from src/*.txt): the letter's number and date (a referenced document: this is news, every field null); `Theo đó, Chủ "
  "tịch UBND các xã, thị trấn …` twice (role holders), a DATA RANGE `từ ngày 01/01/2024 đến ngày 30/11/2024` before the real deadline "
  "`trước ngày 05/12/2024`; (added) `Giao Phòng Tài nguyên và Môi trường huyện chủ trì, phối hợp Thanh tra huyện … hằng tháng`, the "
  "office `đưa nội dung này vào chương trình giao ban tháng 12/2024` (a meeting month with no day: null, the month's end "
  "defensible); the sanction sentence and the byline (noise).",
  [T("Chủ tịch UBND các xã, thị trấn", "Chủ tịch UBND các xã, thị trấn chủ động thông báo trên Đài truyền thanh xã những trường hợp vi phạm"),
   T("Chủ tịch UBND các xã, thị trấn", "Chủ tịch UBND các xã, thị trấn báo cáo kết quả kiểm tra, xử lý vi phạm đất đai phát sinh",
     "2024-12-05"),
   T("Phòng Tài nguyên và Môi trường huyện", "Giao Phòng Tài nguyên và Môi trường huyện chủ trì, phối hợp Thanh tra huyện kiểm tra, đôn đốc",
     None, "monthly", coop=["Thanh tra huyện"]),
   T("Văn phòng HĐND và UBND huyện", "Văn phòng HĐND và UBND huyện theo dõi, đưa nội dung này vào chương trình giao ban", None,
     deadline_any=[None, "2024-12-31"])])
W("1410_lien_tri_phong_chong_sot_xuat_huyet.txt", NEWS("2026-09-03", "Mạc Thị Thu Hương"),
  "fresh13 (blind). Rewritten from a district portal's news of a ward's dengue conference (2017, dated Sep 2026 here): section "
  "label, `Ngày đăng`, case counts, the health station's briefing and the teams already set up (noise); `giao nhiệm vụ cho các tổ dân "
  "phố … vào sáng Chủ nhật hằng tuần` inside a report sentence; (added) the chair's closing: the health station `trong vòng 48 giờ` "
  "(no date: null, the meeting day + 2 defensible) with `trước 16 giờ hằng ngày` (periodic), `Phòng Văn hóa - Xã hội phối hợp Trung "
  "tâm Dịch vụ sự nghiệp công … trước ngày 10/9/2026`, the schools `trước ngày khai giảng` (no day printed: null); the byline.",
  [T("Các tổ dân phố", "giao nhiệm vụ cho các tổ dân phố trực tiếp phối hợp dập dịch, ra quân vệ sinh môi trường", None, "weekly"),
   T("Trạm Y tế phường", "yêu cầu Trạm Y tế phường giám sát chặt chẽ các ổ dịch, phối hợp Trung tâm Kiểm soát bệnh tật thành phố",
     None, "periodic", coop=["Trung tâm Kiểm soát bệnh tật thành phố"], deadline_any=[None, "2026-09-05"]),
   T("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội phối hợp Trung tâm Dịch vụ sự nghiệp công phát thanh tuyên truyền", "2026-09-10",
     coop=["Trung tâm Dịch vụ sự nghiệp công"]),
   T("Các trường mầm non, tiểu học", "Các trường mầm non, tiểu học trên địa bàn tổ chức vệ sinh trường lớp trước ngày khai giảng")])
