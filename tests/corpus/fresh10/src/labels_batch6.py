# Gold files of the sixth fresh10 batch (1116-1118; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
W("1116_mau_lang_tin_an_ninh_trat_tu_bau_cu.md", NEWS("2026-03-09", "Hoàng Vĩnh Thái"),
  "fresh10 (blind). Rewritten from a border commune's portal item on its election-security plan (Mar 2026 there and here, other "
  "days) (markdown): accessibility controls, `#` title in capitals, attendees with titles, italic captions; the surveyed polling "
  "areas (noise); (added) the chair's conclusion in ONE paragraph with four subjects: `yêu cầu **Công an xã** chủ trì, phối hợp "
  "với … từ ngày 13/3 đến hết ngày 16/3/2026` (a window: its end, null defensible), `**Ban Chỉ huy Quân sự xã** … khi có tình "
  "huống` (null), `Các tổ bầu cử … trước 17 giờ hằng ngày` (periodic), `Trạm Y tế xã … trong ngày bầu cử 15/3/2026` (the day "
  "it is held, null defensible); byline.",
  [T("Công an xã", "Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã và Đồn Biên phòng", "2026-03-16",
     coop=["Ban Chỉ huy Quân sự xã", "Đồn Biên phòng Cửa khẩu Bản Chắt"], deadline_any=[None]),
   T("Ban Chỉ huy Quân sự xã", "Ban Chỉ huy Quân sự xã chuẩn bị lực lượng dân quân cơ động"),
   T("Các tổ bầu cử", "Các tổ bầu cử báo cáo tình hình an ninh, trật tự về Công an xã", None, "periodic"),
   T("Trạm Y tế xã", "Trạm Y tế xã bố trí nhân viên trực y tế tại các khu vực bỏ phiếu", "2026-03-15",
     deadline_any=[None])])
W("1117_nghi_lam_trang_luu_html_chuan_bi_sap_nhap.txt", NEWS("2025-06-11", "Trần Văn Đức"),
  "fresh10 (blind). Rewritten from a commune portal's `savefile` page stored as RAW HTML (NukeViet; June 2025 there and here, "
  "before the merger): doctype, `<title>`, meta tags with `&#x3A;` entities, `<h1>`, a `<p class=\"time\">` stamp, paragraphs in "
  "`<p>` tags, `&nbsp;`, a copyright `<div>`; the merger plan and figures (noise); (added) the chair's conclusion in one `<p>`: "
  "four subjects, three of them công chức titles (`giao công chức Văn phòng - Thống kê xã … trước ngày 20/6/2025`, `Công chức "
  "Tài chính - Kế toán xã … trước ngày 25/6/2025`, `Công chức Địa chính - Xây dựng xã …`), `Trưởng các xóm … từ ngày "
  "01/7/2025` (a start date: not a deadline).",
  [T("Công chức Văn phòng - Thống kê xã", "giao công chức Văn phòng - Thống kê xã rà soát, lập danh mục hồ sơ", "2025-06-20"),
   T("Công chức Tài chính - Kế toán xã", "Công chức Tài chính - Kế toán xã kiểm kê tài sản, khóa sổ kế toán", "2025-06-25"),
   T("Công chức Địa chính - Xây dựng xã", "Công chức Địa chính - Xây dựng xã chuẩn bị hồ sơ địa chính để bàn giao"),
   T("Trưởng các xóm", "Trưởng các xóm tuyên truyền để Nhân dân nắm được địa điểm tiếp nhận")])
W("1118_thuan_an_tin_hoi_nghi_canh_sat_khu_vuc.md", NEWS("2027-01-05", "Lê Phước Hòa"),
  "fresh10 (blind). Rewritten from a ward portal's item on the ward police's neighbourhood-officer review (Jan 2021 there, Jan 2027 "
  "here) (markdown): breadcrumb, `##` title, a rank before the chair's name; results and a campaign handing out bags (noise); "
  "(added) `yêu cầu:` over `-` bullets: plural role holders of the police `Các đồng chí cảnh sát khu vực … ít nhất 02 buổi/tuần; "
  "hoàn thành … trước ngày 15/01/2027` (weekly with a date), `Tổ bảo vệ an ninh, trật tự ở cơ sở … vào các tối thứ Sáu, thứ Bảy "
  "hằng tuần`, `Đề nghị Ban công tác Mặt trận các khu dân cư …`; `Dưới đây là một số hình ảnh`, captions AFTER the byline.",
  [T("Cảnh sát khu vực", "Các đồng chí cảnh sát khu vực gặp gỡ, nắm tình hình tại khu dân cư phụ trách", "2027-01-15",
     "weekly"),
   T("Tổ bảo vệ an ninh, trật tự ở cơ sở", "Tổ bảo vệ an ninh, trật tự ở cơ sở tổ chức tuần tra", None, "weekly"),
   T("Ban công tác Mặt trận các khu dân cư", "Đề nghị Ban công tác Mặt trận các khu dân cư vận động nhân dân")])
