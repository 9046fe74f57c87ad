# Gold files of the second fresh11 batch (1204-1206; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("1204_lang_giang_van_phong_ubnd_tinh_y_kien_pct.txt",
  {"kind": "cong_van", "symbol": "VP-KTN", "number": "1462", "meeting_on": None, "chaired_by": None, "signed_by": None},
  "fresh11 (blind). Rewritten from a provincial portal node with the provincial office's letter carrying a deputy chairman's opinion "
  "(2017, dated November 2026 here): `Skip to main content`; the title with the number and date in a parenthesis (no place-and-date "
  "line: place and issued_on left out; no signer); a government letter's number and date (referenced); `Giao X chủ trì, phối hợp với "
  "Y, UBND các xã, phường …` with a dated report; (added) `Giao Sở Tài chính phối hợp … trong tháng 12/2026`; the eOffice note and the "
  "closing `Văn phòng UBND tỉnh thông báo để …` (noise).",
  [T("Sở Nông nghiệp và Môi trường", "Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng, UBND các xã, phường",
     "2026-11-20", coop=["Sở Xây dựng", "UBND các xã, phường"]),
   T("Sở Tài chính", "Giao Sở Tài chính phối hợp với Sở Nông nghiệp và Môi trường tổng hợp nhu cầu kinh phí", "2026-12-31",
     coop=["Sở Nông nghiệp và Môi trường"])])
W("1205_dong_lam_bao_so_cham_bao_cao_don_cong_dan.txt", NEWS(None, None),
  "fresh11 (blind). Rewritten from an inspection paper's brief on a provincial office's reminder to a department (2021, dated "
  "September 2026 here): section label, headline and standfirst; the earlier assignment with `trong 30 ngày làm việc` (past: not a task, "
  "as an old deadline in a reminder); `đề nghị Sở … khẩn trương hoàn thiện, trình … trước ngày 15/9/2026`; (added) `Đồng thời, … đề "
  "nghị UBND xã Phong Mỹ phối hợp … trước ngày 08/9/2026`; a byline. Not an administrative document: every field null.",
  [T("Sở Nông nghiệp và Môi trường", "đề nghị Sở Nông nghiệp và Môi trường khẩn trương hoàn thiện, trình nội dung trên", "2026-09-15"),
   T("UBND xã Phong Mỹ", "đề nghị UBND xã Phong Mỹ phối hợp cung cấp hồ sơ, bản đồ hiện trạng khu vực liên quan", "2026-09-08")])
W("1206_tan_quang_cong_van_phong_chong_soi_khu_cong_nghiep.docx",
  {"kind": "cong_van", "symbol": "UBND-KGVX", "number": "3174", "meeting_on": None, "chaired_by": None, "signed_by": "Đinh Thế Hào"},
  "fresh11 (blind). Rewritten from a business association's repost of a provincial công văn (2020, dated September 2026 here; .docx "
  "from the text): the site's header and menu; an intro naming the number, date and signing deputy chairman (no place-and-date line: "
  "place and issued_on left out); `Nội dung văn bản chỉ đạo như sau:` then (following the usual layout of such letters) `1.` all "
  "units with the communes; `2. Sở Y tế:` over `a) Chỉ đạo Trung tâm …` (the Sở leads) `hằng ngày` and `b) … trong tháng 10/2026`; "
  "`3. Ban Quản lý các khu công nghiệp tỉnh chủ trì, phối hợp …`; `4. UBND các xã, phường có khu công nghiệp … 02 lần/tuần`; share line.",
  [T(ALL, "Các sở, ban, ngành, cơ quan, đơn vị thuộc tỉnh; UBND các xã, phường tiếp tục quán triệt", coop=["UBND các xã, phường"]),
   T("Sở Y tế", "Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh tăng cường giám sát, phát hiện sớm ca bệnh", None, "periodic"),
   T("Sở Y tế", "Tổ chức tiêm vắc xin sởi - rubella bổ sung cho công nhân chưa tiêm đủ mũi", "2026-10-31"),
   T("Ban Quản lý các khu công nghiệp tỉnh", "Ban Quản lý các khu công nghiệp tỉnh chủ trì, phối hợp với Liên đoàn Lao động tỉnh",
     "2026-09-30", coop=["Liên đoàn Lao động tỉnh"]),
   T("UBND các xã, phường có khu công nghiệp, khu nhà trọ công nhân",
     "UBND các xã, phường có khu công nghiệp, khu nhà trọ công nhân chỉ đạo Trạm Y tế", None, "weekly")])
