# Gold files of the seventh fresh13 batch (1426-1427; hand-written exports, labelled before any parser run; session 29, corpus18).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
VP = "Văn phòng HĐND và UBND phường"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH = "Phòng Văn hóa - Xã hội"
NULLDOC = {"kind": None, "symbol": None, "number": None, "place": None, "issued_on": None, "meeting_on": None, "chaired_by": None,
           "signed_by": None}
W("1426_my_phuoc_tay_xuat_csv_theo_doi_nhiem_vu.txt", NULLDOC,
  "fresh13 (blind). Hand-written: a CSV EXPORT of the ward's task-tracking system (`#` comment lines before and after, a header row "
  "`STT,Mã NV,Nội dung nhiệm vụ,Đơn vị chủ trì,Đơn vị phối hợp,Hạn xử lý,Tần suất,Trạng thái,Nguồn giao`, quoted fields holding commas "
  "and `;`-separated partners): each row is a task of its `Đơn vị chủ trì` (abbreviations: `Phòng KT-HT-ĐT`, `Đội QLTTĐT`, `TT PVHCC`, "
  "`BQLDA phường`, `TT DVSNC`, `BCHQS phường`, `\"Các phòng, đơn vị\"`: all units), `Hạn xử lý` its deadline, `Tần suất` its recurrence "
  "(`Hằng tháng (trước ngày 22)`, `Hằng tuần`, `Hằng quý`; `Một lần` and `Thường xuyên` → null; `khám sức khỏe định kỳ` in the text "
  "describes the noun: null, periodic defensible); `Hoàn thành` and `Đã hủy (…)` rows are NOT tasks, `Quá hạn`, `Đang xử lý`, `Chưa xử "
  "lý` rows are; `Nguồn giao` names referenced documents (their dates are not deadlines); a year range in a text. An export: every "
  "document field null.",
  [T(KT, "Kiểm tra, xử lý dứt điểm 09 công trình xây dựng sai phép", "2026-11-20",
     coop=["Đội Quản lý trật tự đô thị phường", "Công an phường"]),
   T(KT, "Tổng hợp, báo cáo tiến độ thu ngân sách trên địa bàn", None, "monthly"),
   T("Ủy ban MTTQ Việt Nam phường", "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 12 khu phố", "2026-11-18", coop=[VH, "Các khu phố"]),
   T("Công an phường", "Báo cáo tình hình an ninh trật tự, vụ việc nổi cộm", None, "weekly"),
   T("Công an phường", "Rà soát, cập nhật phương án phòng cháy chữa cháy tại 04 chung cư mini", "2026-10-31", coop=[KT]),
   T("Trung tâm Phục vụ hành chính công", "Số hóa hồ sơ, kết quả giải quyết TTHC lĩnh vực hộ tịch", "2026-12-15", coop=[VP]),
   T("Trung tâm Phục vụ hành chính công", "Gửi tin nhắn xin lỗi công dân đối với hồ sơ trễ hạn"),
   T("Trạm Y tế phường", "Tổ chức khám sức khỏe định kỳ cho người cao tuổi tại 12 khu phố", "2026-12-05",
     coop=["Hội Người cao tuổi phường"], recurrence_any=[None, "periodic"]),
   T(ALL, "Báo cáo kết quả thực hiện các chỉ tiêu kinh tế - xã hội quý IV", None, "quarterly"),
   T(VP, "Chuẩn bị nội dung, tài liệu phiên họp UBND phường thường kỳ tháng 11/2026", "2026-11-25", coop=["Các phòng chuyên môn"]),
   T("Công an phường", "Cập nhật cơ sở dữ liệu dân cư phục vụ cấp căn cước", "2026-12-31", coop=["Các tổ dân phố"])])
d = dict(NULLDOC); d["meeting_on"] = "2026-11-16"; d["chaired_by"] = "Hà Minh Tuấn"
W("1427_tan_dinh_xuat_json_ket_luan_giao_ban_tuan.txt", d,
  "fresh13 (blind). Hand-written: a JSON EXPORT of the ward's task app (`nhiem_vu` records with `noi_dung`, `don_vi.chu_tri`, "
  "`don_vi.phoi_hop`, `han` ISO or null, `lap_lai` `WEEKLY`/`DAILY`/`MONTHLY`/`QUARTERLY`/null, `ghi_chu`, `trang_thai`): each record is "
  "a task of its `chu_tri` unit (partners cooperate); `hoan_thanh` and `da_huy` records are NOT tasks, `moi_giao` and `dang_thuc_hien` "
  "are; `DAILY` → periodic; a `\\n` and an escaped quote inside a text; `ghi_chu` adds the weekday or day of the month (no date). The "
  "`nguon` block names the Monday briefing and its chair (meeting_on, chaired_by, as for a chat post); the export time is not a signing "
  "date: the other fields null.",
  [T(KT, "Tổ chức cưỡng chế tháo dỡ phần công trình vi phạm tại số 27", "2026-11-27",
     coop=["Đội Quản lý trật tự đô thị phường", "Công an phường"]),
   T("Ban Quản lý dự án phường", "Báo cáo tiến độ giải ngân vốn đầu tư công, nêu rõ công trình chậm", None, "weekly"),
   T(VH, "Rà soát đối tượng bảo trợ xã hội chưa được chi trả qua tài khoản", "2026-11-30", coop=["Các tổ dân phố"]),
   T("Công an phường", "Tăng cường tuần tra, kiểm soát ban đêm tại các tuyến", None, "periodic", coop=["Ban Chỉ huy Quân sự phường"]),
   T("Trung tâm Phục vụ hành chính công", "Công khai kết quả giải quyết hồ sơ trễ hạn tháng 10", "2026-11-20"),
   T("Trạm Y tế phường", "Cập nhật số liệu tiêm chủng sởi - rubella cho trẻ 1 - 5 tuổi", "2026-11-25"),
   T(VP, "Tổng hợp báo cáo tình hình thực hiện nhiệm vụ được giao của các phòng, đơn vị", None, "monthly", coop=[ALL]),
   T("Ủy ban MTTQ Việt Nam phường", "Vận động các hộ dân khu phố 4 hiến đất mở rộng hẻm 12", "2026-12-15", coop=["Khu phố 4"]),
   T("Trạm Y tế phường", "Kiểm tra, đánh giá chất lượng nước sinh hoạt tại các hộ dùng giếng khoan", None, "quarterly", coop=[KT]),
   T(VP, "Chuẩn bị nội dung buổi làm việc với Đoàn giám sát của HĐND thành phố", "2026-11-23",
     coop=["Trung tâm Phục vụ hành chính công"])])
