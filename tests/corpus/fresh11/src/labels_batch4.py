# Gold files of the fourth fresh11 batch (1210-1212; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("1210_bach_dinh_tin_thuong_truc_hdnd_huyen_phien_mo_rong.txt", NEWS("2025-03-18", "Nông Văn Khải"),
  "fresh11 (blind). Rewritten from a district portal's news of the HĐND standing committee's enlarged meeting (2018, dated March "
  "2025 here): figures of the last session (noise); the next session `dự kiến diễn ra trong 02 ngày 24, 25 tháng 4 năm 2025` "
  "(information, but it dates the relative deadlines); `yêu cầu các phòng, ban … chậm nhất 10 ngày trước ngày khai mạc kỳ họp` (all "
  "units; the opening day minus 10, the opening day defensible); (added) `Các Ban HĐND huyện … trước ngày 20/4` (no year), `Giao Văn "
  "phòng … trước 05 ngày so với ngày khai mạc` (minus 5, the opening day defensible).",
  [T(ALL, "yêu cầu các phòng, ban cần chuẩn bị tốt nội dung báo cáo, dự thảo tờ trình", "2025-04-14",
     deadline_any=["2025-04-14", "2025-04-24"]),
   T("Các Ban HĐND huyện", "Các Ban HĐND huyện tổ chức thẩm tra, hoàn thành báo cáo thẩm tra", "2025-04-20"),
   T("Văn phòng HĐND và UBND huyện", "Giao Văn phòng HĐND và UBND huyện chuẩn bị các điều kiện phục vụ kỳ họp", "2025-04-19",
     deadline_any=["2025-04-19", "2025-04-24"])])
W("1211_long_hai_tin_thuong_truc_hdnd_chuan_bi_ky_hop.pdf", NEWS(None, None),
  "fresh11 (blind). Rewritten from a national council paper's brief on a district HĐND standing committee's meeting (2020, dated "
  "January 2025 here; .pdf from the text): the paper's date line (posting, not the meeting: meeting_on null, the meeting day is not "
  "printed), `Xem với cỡ chữ`; ONE paragraph: what was adopted, a survey `dự kiến tiến hành trong tháng 2` (the activity's own time: "
  "null, the month's end defensible), `yêu cầu các đơn vị, bộ phận tham mưu …` (all units), `giao các Ban, Văn phòng HĐND và UBND "
  "huyện giúp Thường trực …` (the first named leads), (added) `Văn phòng HĐND và UBND huyện … trước ngày 10/02/2025`; a byline.",
  [T(ALL, "yêu cầu các đơn vị, bộ phận tham mưu chủ động hơn trong chuẩn bị các nội dung"),
   T("Các Ban HĐND huyện", "giao các Ban, Văn phòng HĐND và UBND huyện giúp Thường trực chuẩn bị tốt nội dung", None,
     coop=["Văn phòng HĐND và UBND huyện"], deadline_any=[None, "2025-02-28"]),
   T("Văn phòng HĐND và UBND huyện", "Văn phòng HĐND và UBND huyện gửi dự thảo nghị quyết và tài liệu kỳ họp", "2025-02-10")])
W("1212_binh_son_tin_so_y_te_attp_tet.txt", NEWS(None, None),
  "fresh11 (blind). Rewritten from a provincial paper's brief on the health department's Tết food-safety plan (2011, dated January "
  "2025 here): update and counter line, `(BS) -`; ONE paragraph with four subjects: `từ nay đến 12.2, Chi cục … ; tham mưu …` (dotted "
  "date, no year: the window's end, null defensible), `Trung tâm Y tế các huyện, thị xã, thành phố phối hợp Phòng Y tế …`, `Trung tâm "
  "Kiểm soát bệnh tật tỉnh …`, (added) `Sở Y tế đề nghị UBND các huyện … chỉ đạo UBND các xã … trước ngày 20.2` (the addressee leads); "
  "a byline and a stray `|`.",
  [T("Chi cục An toàn vệ sinh thực phẩm", "Chi cục An toàn vệ sinh thực phẩm phối hợp với các đơn vị liên quan triển khai công tác truyền thông",
     "2025-02-12", deadline_any=["2025-02-12", None]),
   T("Trung tâm Y tế các huyện, thị xã, thành phố", "Trung tâm Y tế các huyện, thị xã, thành phố phối hợp Phòng Y tế tổ chức tuyên truyền",
     coop=["Phòng Y tế"]),
   T("Trung tâm Kiểm soát bệnh tật tỉnh", "Trung tâm Kiểm soát bệnh tật tỉnh chuẩn bị sẵn sàng về nhân lực, trang thiết bị"),
   T("UBND các huyện, thị xã, thành phố", "đề nghị UBND các huyện, thị xã, thành phố chỉ đạo UBND các xã, phường, thị trấn tăng cường kiểm tra",
     "2025-02-20")])
