# Gold files of the seventh fresh7 batch (819-820; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
NULLDOC = {"kind": None, "place": None, "issued_on": None, "meeting_on": None, "chaired_by": None, "signed_by": None}
W("819_phu_luong_tra_loi_phan_anh_san_bong.md", NULLDOC,
  "fresh7 (blind). Rewritten from a city feedback portal's page where a ward ANSWERS A CITIZEN'S REPORT (markdown): the portal's "
  "title, breadcrumb, a field list (`Mã phản ánh`, `Ngày gửi`, `Lĩnh vực`, `Trạng thái`), the citizen's report quoted with `>` "
  "(noise: it names a residential group and asks the ward), the answering unit and date line (not a document header); the "
  "ward's past step (`UBND phường đã xây dựng kế hoạch …`: noise; `tập thể dục hằng ngày` describes people); `Theo đó, giao X "
  "phối hợp với Y … vào sáng Chủ nhật ngày 18/10/2026` (the day the work is held: that day, null defensible) and `X kiểm tra …, "
  "thay thế … trước ngày 30/10/2026` (added); the courtesy lines and attachment (noise). Every document field null.",
  [T("Tổ dân phố 4", "giao Tổ dân phố 4 phối hợp với Đoàn Thanh niên phường ra quân phát dọn sân bóng", "2026-10-18",
     coop=["Đoàn Thanh niên phường"], deadline_any=["2026-10-18", None]),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế, Hạ tầng và Đô thị phường kiểm tra hệ thống đèn chiếu sáng", "2026-10-30")])
W("820_chi_lang_thong_bao_doi_thoai_nhan_dan.txt", dict(NULLDOC, meeting_on="2026-10-30"),
  "fresh7 (blind). Rewritten from a commune portal's announcement of the chairman's dialogue with residents of three villages "
  "(October 2025, October 2026 here): paragraphs indented with spaces, double spaces; the law and a party guidance with its date "
  "(noise); the conference's hour, day and place, its aim and the attendee list (information); a preparation paragraph (added): "
  "`UBND xã giao Văn phòng HĐND và UBND xã … xong trước ngày 27/10` (no year), `Trưởng các thôn A, B, C … 02 lần/ngày cho đến "
  "ngày tổ chức` (periodic; the window's end), `Công an xã bố trí lực lượng …` (undated; the conference day defensible); the "
  "invitation to residents (noise); the portal's footer words. No number, date line or signer: those fields null; `meeting_on` "
  "is the conference it announces (as for an invitation); its chair is not named.",
  [T("Văn phòng HĐND và UBND xã", "UBND xã giao Văn phòng HĐND và UBND xã tổng hợp ý kiến, kiến nghị của Nhân dân", "2026-10-27"),
   T("Trưởng các thôn Thanh Hà, An Lạc, An Định", "Trưởng các thôn Thanh Hà, An Lạc, An Định thông báo thời gian, địa điểm hội nghị",
     "2026-10-30", "periodic", deadline_any=["2026-10-30", None]),
   T("Công an xã", "Công an xã bố trí lực lượng bảo đảm an ninh trật tự, an toàn giao thông", None, deadline_any=[None, "2026-10-30"])])
