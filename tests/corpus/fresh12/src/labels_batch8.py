# Gold files of the eighth fresh12 batch (1324; hand-written, labelled before any parser run; session 28, corpus17).
from use_common import T, W, NEWS
d = {"kind": None, "symbol": None, "number": None, "place": None, "issued_on": None, "meeting_on": "2026-11-16",
     "chaired_by": "Phan Thanh Bình", "signed_by": None}
W("1324_long_truong_zalo_van_phong_ket_luan_giao_ban.txt", d,
  "fresh12 (blind). Hand-written: a ZALO GROUP thread of a ward's steering group (Nov 2026): the office's post of the morning "
  "briefing's conclusions (`Chủ trì:` line, posted Monday 16/11/2026), units TAGGED with `@` in short forms (`@P.KT-HT-ĐT`, `@CA "
  "phường + @BCHQS` (the first leads), `@TT PVHCC`, `@Trạm YT`, `@P.VH-XH`, `@Đội TTĐT`) and a plain `Các KP trưởng:` (→ `Trưởng "
  "các khu phố`); deadlines `trước T6 (20/11)`, `chậm nhất thứ Tư tuần này` (counted from the post's Monday: 18/11), `trong tuần "
  "47` (a week number: null), `trước 30/11`; frequencies `3 tối/tuần (T3-T5-T7)`, `mỗi chiều T6` (weekly), `ngày 25 hằng tháng`; "
  "the reception schedule (information); members' replies (`Đã nhận ạ`, a reaction, a unit's own plan: noise); the office's "
  "follow-up adding to item 1 (optional, the same unit) and a later post with one more direction (`@P.VH-XH phối hợp @UBMTTQ … vào "
  "sáng CN 22/11`: the day held, null defensible). Not an administrative document: only meeting_on and chaired_by.",
  [T("Phòng Kinh tế, Hạ tầng và Đô thị", "hoàn thiện hồ sơ thu hồi đất dự án mở rộng đường Lò Lu", "2026-11-20"),
   T("Công an phường", "phối hợp tuần tra khu vực cầu Ông Nhiêu vào ban đêm", None, "weekly", coop=["Ban Chỉ huy Quân sự phường"]),
   T("Trung tâm Phục vụ hành chính công", "rà lại 14 hồ sơ trễ hạn tháng 10, gửi thư xin lỗi công dân", "2026-11-18"),
   T("Trạm Y tế phường", "phun hóa chất diệt muỗi khu phố 3, 4"),
   T("Phòng Văn hóa - Xã hội", "tổng hợp DS hộ khó khăn để tặng quà Tết", "2026-11-30"),
   T("Đội Quản lý trật tự đô thị phường", "giải tỏa lấn chiếm chợ tạm Trường Lưu, báo cáo kết quả", None, "weekly"),
   T("Trưởng các khu phố", "nhắc bà con đăng ký tài khoản định danh điện tử mức 2", None, "monthly"),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "hồ sơ thu hồi đất kèm theo biên bản họp dân ngày 12/11", optional=True),
   T("Phòng Văn hóa - Xã hội", "tổ chức Ngày hội đại đoàn kết khu phố 5 vào sáng CN 22/11", "2026-11-22",
     deadline_any=["2026-11-22", None], coop=["Ủy ban MTTQ Việt Nam phường"])])
