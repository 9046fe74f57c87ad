# Gold files of the eleventh fresh5 batch (labelled by hand before any parser run).
from labels_common import T, W, NEWS
W("610_dien_khanh_tin_thanh_lap_trung_tam.txt", NEWS("2026-01-06", None, ),
  "fresh5 (blind). Rewritten from a newspaper report of a ward ceremony (January 2026): a news agency tag; the centre's functions and an "
  "appointment as noise; the party secretary's requests (not a chair of a meeting: chaired_by null); `trong tuần đầu tiên` (an "
  "undated start week → null); `ngày 31-1` with a dash and no year; a subject `Trung tâm …` broken across a line; `trong tháng 1`.",
  [T("Trung tâm Cung ứng dịch vụ công", "Trung tâm Cung ứng dịch vụ công phải ổn định tổ chức bộ máy, phân công nhiệm vụ", None),
   T("Trung tâm Cung ứng dịch vụ công", "Trung tâm khẩn trương tiếp nhận việc quản lý 02 chợ dân sinh và các điểm giữ xe", "2026-01-31"),
   T("Văn phòng HĐND và UBND phường", "đề nghị Văn phòng HĐND và UBND phường phối hợp Phòng Văn hóa - Xã hội bàn giao hồ sơ", "2026-01-31", coop=["Phòng Văn hóa - Xã hội"])])
