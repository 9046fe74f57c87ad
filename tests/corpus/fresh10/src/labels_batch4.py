# Gold files of the fourth fresh10 batch (1110-1112; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
W("1110_duc_lap_tin_phien_giai_trinh_hdnd_xa.txt", NEWS("2026-08-13", "Nguyễn Văn Hiền"),
  "fresh10 (blind). Rewritten from a district portal's list item (`Thông tin cần biết`, SharePoint DispForm fields `Tiêu đề:` / "
  "`Ngày đăng:` / `Nội dung:`) on a commune council's EXPLANATION SESSION (mid-2022 there, Aug 2026 here): the council chair "
  "`chủ trì`; the delegates' concerns and the answers (noise); the conclusion (added): `đề nghị Chủ tịch UBND xã chỉ đạo Phòng "
  "Kinh tế xã …, báo cáo … trước ngày 30/9/2026; chỉ đạo Công an xã … vào các ngày cuối tuần` (the commune's own leader directs "
  "two units: one task each, the directed unit leads; weekends → weekly, periodic defensible), `Đề nghị UBND xã … vào kế hoạch "
  "sửa chữa năm 2027` (not a deadline), `trong vòng 05 ngày làm việc kể từ ngày tổ chức phiên giải trình` (the session's printed "
  "day, Thursday 13/8: five working days → 20/8; the calendar count 18/8); list fields after the text (noise).",
  [T("Phòng Kinh tế xã", "chỉ đạo Phòng Kinh tế xã kiểm tra, xử lý dứt điểm các trường hợp san lấp", "2026-09-30"),
   T("Công an xã", "chỉ đạo Công an xã phối hợp với lực lượng dân quân kiểm tra xe ben", None, "weekly",
     recurrence_any=["periodic"]),
   T("UBND xã", "Đề nghị UBND xã đưa tuyến đường ấp Ba vào kế hoạch sửa chữa năm 2027"),
   T("Văn phòng HĐND và UBND xã", "Giao Văn phòng HĐND và UBND xã tổng hợp nội dung giải trình", "2026-08-20",
     deadline_any=["2026-08-18"])])
W("1111_bac_hung_tin_tong_ket_quoc_phong_an_ninh.txt", NEWS("2027-01-14", "Trần Quốc Bảo"),
  "fresh10 (blind). Rewritten from a ward portal's item on its year-end defence and security conference (Jan 2024 there, Jan 2027 "
  "here): no blank lines, a date line with font-size controls, a caption line; results (noise); the higher-level officer's "
  "`đề nghị Đảng ủy, UBND phường tiếp tục lãnh đạo, chỉ đạo …; tăng cường tuyên truyền …` (a general exhortation: optional, the "
  "party committee first); the chair's conclusion in ONE sentence with three subjects separated by `;` (added): `giao Ban Chỉ huy "
  "Quân sự phường … trước ngày 20/01/2027`, `Công an phường chủ trì … trước, trong và sau Tết Nguyên đán` (a holiday: null), "
  "`Tổ trưởng các tổ dân phố … vào ngày 25 hằng tháng`; awards; related links.",
  [T("Đảng ủy phường", "đề nghị Đảng ủy, UBND phường tiếp tục lãnh đạo, chỉ đạo thực hiện tốt",
     coop=["UBND phường"], optional=True),
   T("Ban Chỉ huy Quân sự phường", "giao Ban Chỉ huy Quân sự phường hoàn thành hồ sơ gọi công dân nhập ngũ", "2027-01-20"),
   T("Công an phường", "Công an phường chủ trì, phối hợp với Ban bảo vệ dân phố tổ chức tuần tra",
     coop=["Ban bảo vệ dân phố"]),
   T("Tổ trưởng các tổ dân phố", "Tổ trưởng các tổ dân phố rà soát người tạm trú, báo cáo về Công an phường", None, "monthly")])
W("1112_my_hoa_tin_tong_ket_quan_su_quoc_phong.md", NEWS("2026-11-19", "Âu Chí Khang"),
  "fresh10 (blind). Rewritten from a ward portal's page on the ward military command's year-end conference (Nov 2023 there, Nov "
  "2026 here) (markdown): a skip link, the title and then the same title in capitals with `!`; attendees, results; `Hội nghị cũng "
  "đã đề ra nhiều nhiệm vụ trọng tâm năm 2027 như: …` (a list of priorities with no subject: optional, null); (added) the deputy "
  "chairman's `đề nghị:` over `-` bullets: a bold unit `**Ban Chỉ huy Quân sự phường** … xong trước ngày 15/02/2027`, `Ban nhân "
  "dân các khóm … trước ngày 10/12/2026`, `Công an phường phối hợp với **BCHQS phường** … vào tối thứ Bảy hằng tuần`; byline.",
  [T(None, "hoàn thành chỉ tiêu tuyển quân; phối hợp tuần tra bảo đảm an ninh chính trị", optional=True),
   T("Ban Chỉ huy Quân sự phường", "tham mưu UBND phường tổ chức giao quân năm 2027 đạt 100% chỉ tiêu", "2027-02-15"),
   T("Ban nhân dân các khóm", "Ban nhân dân các khóm phối hợp rà soát thanh niên trong độ tuổi nhập ngũ", "2026-12-10"),
   T("Công an phường", "Công an phường phối hợp với BCHQS phường duy trì tuần tra vào tối thứ Bảy", None, "weekly",
     coop=["Ban Chỉ huy Quân sự phường"])])
