# Gold files of the first fresh9 batch (1001-1003; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("1001_an_ha_tin_phien_hop_ubnd_tinh_thang5.txt", NEWS("2024-05-23", "Lương Văn Tấn"),
  "fresh9 (blind). Rewritten from a real text: a provincial TV page on the province's monthly UBND session (May 2024): `Banner`, "
  "`(AHTV)`, a time stamp, attendees, figures; the chairman's conclusion one sentence per line, each with its own subject: all units "
  "(`các sở, ngành, địa phương`), `Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính …`, `đề nghị UBND các huyện, thành phố …`, "
  "`giao Sở Nông nghiệp và PTNT …`; `trước ngày 10/6` without a year; `trước mùa mưa bão` (null); the next council session (noise); share line.",
  [T(ALL, "yêu cầu các sở, ngành, địa phương rà soát từng chỉ tiêu còn đạt thấp", "2024-06-30", deadline_any=["2024-06-30", None]),
   T("Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính tổng hợp danh mục", "2024-06-10",
     coop=["Sở Tài chính"]),
   T("UBND các huyện, thành phố", "UBND các huyện, thành phố tập trung tháo gỡ vướng mắc về giải phóng mặt bằng", "2024-06-30"),
   T("Sở Nông nghiệp và Phát triển nông thôn", "giao Sở Nông nghiệp và PTNT kiểm tra toàn bộ hồ đập xung yếu")])
W("1002_bien_thuy_so_y_te_thong_tin_chi_dao.txt", NEWS(None, None),
  "fresh9 (blind). Rewritten from a real text: a provincial health department's LIST PAGE of `Thông tin chỉ đạo điều hành` (Aug 2024): "
  "menu, repeated section title, two items each cut at `[xem tiếp...]`, a pager and a counter; a referenced document's date; `các sở, "
  "ban, ngành, UBND các huyện …` (all units with the districts); `Giao Sở Y tế chủ trì, phối hợp …; báo cáo … vào thứ Sáu hằng tuần`; "
  "`Sở Giáo dục và Đào tạo chỉ đạo các cơ sở giáo dục …` (the Sở leads); `Ban Chỉ huy PCTT và TKCN các huyện` (expanded). Not a "
  "document: every field null (the posting dates are not signing dates).",
  [T(ALL, "UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện, thị xã, thành phố tổ chức thực hiện Công văn",
     coop=["UBND các huyện, thị xã, thành phố"]),
   T("Sở Y tế", "Giao Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo triển khai tiêm vắc xin", "2024-09-30", "weekly",
     coop=["Sở Giáo dục và Đào tạo"]),
   T("Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo chỉ đạo các cơ sở giáo dục kiểm tra sổ tiêm chủng", "2024-09-15"),
   T("Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn các huyện",
     "Ban Chỉ huy PCTT và TKCN các huyện theo dõi chặt chẽ diễn biến áp thấp nhiệt đới")])
W("1003_dak_thanh_in_tin_trien_khai_ket_luan_tinh_uy.txt", NEWS(None, None),
  "fresh9 (blind). Rewritten from a real text: a provincial department's PRINT page of a news item on the province's letter carrying out "
  "the party standing committee's conclusions (Aug 2024), copied as it sits: the title three times, then the body as raw HTML `<p "
  "style=…><span …>` with entities (`Ng&agrave;y`, `Th&ocirc;ng b&aacute;o`) and `<strong>1.</strong>` headings; all units; "
  "`Ủy ban nhân dân các huyện, thành phố chỉ đạo Ủy ban nhân dân các xã …` (the addressee leads); `Giao Sở …`; `trong tháng 9/2024`; "
  "`Trở về | In trang`. Every document field null (a news summary, no signer).",
  [T(ALL, "Các Sở, ban ngành, đơn vị thuộc Ủy ban nhân dân tỉnh, Ủy ban nhân dân các huyện, thành phố tiếp tục thực hiện nghiêm",
     coop=["UBND các huyện, thành phố"]),
   T("UBND các huyện, thành phố", "Ủy ban nhân dân các huyện, thành phố chỉ đạo Ủy ban nhân dân các xã, phường, thị trấn tổ chức chiến dịch",
     "2024-08-31"),
   T("Sở Kế hoạch và Đầu tư", "Giao Sở Kế hoạch và Đầu tư rà soát, tham mưu điều chuyển vốn", "2024-08-25"),
   T("Sở Nội vụ", "Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tham mưu phương án", "2024-09-30")])
