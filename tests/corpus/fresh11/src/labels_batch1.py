# Gold files of the first fresh11 batch (1201-1203; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
W("1201_hung_an_in_trang_chi_thi_sot_xuat_huyet.txt", NEWS(None, None),
  "fresh11 (blind). Rewritten from a district portal's print page summarising a provincial chairman's chỉ thị (2020, dated April "
  "2025 here): title, intro naming the chỉ thị (no place-and-date line, no signer: a portal item, every field null); one request to "
  "a long list of addressees led by `Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh` (all units; the district and commune chairmen "
  "cooperate); (added) `Sở Y tế chủ trì … trước ngày 10/5/2025; … trước 16 giờ thứ Sáu hằng tuần` (one-off with a weekly report), "
  "`Sở GD&ĐT chỉ đạo các trường …` (the Sở leads) weekly, `Chủ tịch UBND các huyện … trước ngày 25/4` (no year: the intro's 2025); "
  "`Xem chi tiết … tại đây` and the office byline (noise).",
  [T(ALL, "yêu cầu Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh; các thành viên Ban Chỉ đạo phòng, chống dịch bệnh các cấp",
     coop=["Chủ tịch UBND các huyện, thị xã, thành phố", "Chủ tịch UBND các xã, phường, thị trấn"]),
   T("Sở Y tế", "Sở Y tế chủ trì, phối hợp với UBND các huyện, thị xã, thành phố tổ chức chiến dịch diệt lăng quăng", "2025-05-10",
     "weekly", coop=["UBND các huyện, thị xã, thành phố"]),
   T("Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo chỉ đạo các trường học tổ chức vệ sinh khuôn viên, phát quang bụi rậm", None,
     "weekly"),
   T("Chủ tịch UBND các huyện, thị xã, thành phố", "Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm trước Chủ tịch UBND tỉnh",
     "2025-04-25")])
W("1202_kim_dien_mttq_huyen_giao_ban_xoa_nha_tam.txt", NEWS("2025-04-15", "Đàm Văn Thuận"),
  "fresh11 (blind). Rewritten from a city Front site's page on a district Front's briefing (2018, dated April 2025 here; district "
  "level before July 2025): a date-time line, the attendee list, the communes' reports and figures (noise), a caption printed twice; "
  "the chair's `đề nghị Ủy ban MTTQ Việt Nam các xã, thị trấn …` and (added) `giao Ban Phong trào Ủy ban MTTQ huyện … trước ngày 25/4` "
  "(no year), `đề nghị Trưởng ban Công tác Mặt trận các thôn, tổ dân phố … vào thứ Hai hằng tuần`; a byline.",
  [T("Ủy ban MTTQ Việt Nam các xã, thị trấn", "đề nghị Ủy ban MTTQ Việt Nam các xã, thị trấn tiếp tục phối hợp với chính quyền cùng cấp tháo gỡ vướng mắc",
     "2025-05-31"),
   T("Ban Phong trào Ủy ban MTTQ Việt Nam huyện", "giao Ban Phong trào Ủy ban MTTQ huyện tổng hợp danh sách các hộ chưa đủ điều kiện khởi công",
     "2025-04-25"),
   T("Trưởng ban Công tác Mặt trận các thôn, tổ dân phố", "đề nghị Trưởng ban Công tác Mặt trận các thôn, tổ dân phố theo dõi tiến độ từng căn nhà",
     None, "weekly")])
W("1203_u_thanh_mttq_huyen_thong_qua_du_thao_tong_ket.md", NEWS("2025-01-07", None),
  "fresh11 (blind). Rewritten from a provincial Front site's news of a district Front conference adopting its draft reports (2018, "
  "dated January 2025 here): markdown title, italic date, image and bold caption; a party letter's number and date, the drafts adopted "
  "and the delegates' comments on them (noise: no addressee); the guest's "
  "LEAD-IN `đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam huyện cần quan tâm chỉ đạo một số công việc:` over two `;` clauses on the same "
  "line (the first a task with its date, the second an optional split); (added) a second paragraph `đề nghị Ban Thường "
  "trực … các xã, thị trấn … trước ngày 15/02/2025; giao Ban Dân vận Huyện ủy … định kỳ hằng quý`. Nobody is said to chair.",
  [T("Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "tiếp thu đầy đủ ý kiến đại biểu, hoàn chỉnh dự thảo báo cáo tổng kết, gửi Thường trực Huyện ủy",
     "2025-01-17"),
   T("Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "tiếp tục chỉ đạo Ủy ban MTTQ các xã, thị trấn duy trì cuộc vận động", optional=True),
   T("Ban Thường trực Ủy ban MTTQ Việt Nam các xã, thị trấn", "đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam các xã, thị trấn tổ chức xong hội nghị tổng kết",
     "2025-02-15"),
   T("Ban Dân vận Huyện ủy", "giao Ban Dân vận Huyện ủy theo dõi, đôn đốc việc thực hiện chương trình phối hợp", None, "quarterly")])
