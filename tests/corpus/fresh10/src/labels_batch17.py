# Gold file of 1130 (fresh10; labelled by hand before any parser run; session 27).
from use_common import T, W, NEWS
KT = "Phòng Kinh tế xã"; DVTH = "Trung tâm Dịch vụ tổng hợp xã"
W("1130_tam_hung_ket_luan_lam_viec_voi_cac_thon.pdf",
  {"kind": "thong_bao", "symbol": "TB-UBND", "number": "145", "place": "Tam Hưng", "issued_on": "2026-11-13",
   "meeting_on": "2026-11-10", "chaired_by": "Nguyễn Trọng Khiêm", "signed_by": "Kiều Văn Thắng"},
  "fresh10 (blind). COMMON layout one step aside (.pdf, real tables): a COMMUNE chairman's conclusions after working with three "
  "villages; `II. NHIỆM VỤ CỦA CÁC THÔN` with named village heads (`Trưởng thôn Thượng Thanh …`, two heads as one subject: the "
  "first leads) and `Các thôn …` (as written) `vào Chủ nhật cuối tháng` (monthly); `III.` units in lower case (`phòng kinh tế xã`, "
  "`Giao trung tâm dịch vụ tổng hợp xã …`, a body outside any list) with `trước 30/11`, `trong tháng 11`, `trong vòng 10 ngày kể từ "
  "ngày ký Thông báo` (13/11 + 10 = 23/11), `03 đêm/tuần` (weekly); `IV.` a TABLE OF RESIDENTS' PETITIONS `Thôn | Nội dung kiến "
  "nghị cần giải quyết | Đơn vị giải quyết | Thời hạn`: each row a task of its unit cell (`TT Dịch vụ tổng hợp xã`, `Phòng Kinh "
  "tế xã; CA xã`, `TT PVHCC xã`, `VP HĐND-UBND xã (tham mưu văn bản gửi Sở …)`: the office leads), a row answered at the meeting "
  "(`Đã trả lời tại buổi làm việc`: not a task), `15 ngày kể từ ngày ký` (28/11), `Tháng 12/2026`, `Quý IV/2026`; a following "
  "`Giao Văn phòng …, báo cáo … tại phiên họp UBND xã tháng 12/2026` (no date: null, the month's end defensible).",
  [T("Trưởng thôn Thượng Thanh", "Trưởng thôn Thượng Thanh vận động 12 hộ còn lại hiến đất", "2026-12-15"),
   T("Trưởng thôn Hạ Thanh", "Trưởng thôn Hạ Thanh và Trưởng thôn Đồng Mai tổ chức họp dân", "2026-11-30",
     coop=["Trưởng thôn Đồng Mai"]),
   T("Các thôn", "Các thôn duy trì tổng vệ sinh đường làng, ngõ xóm vào Chủ nhật cuối tháng", None, "monthly"),
   T(KT, "phòng kinh tế xã lập dự toán nạo vét kênh tiêu Đồng Mai", "2026-11-30"),
   T(DVTH, "Giao trung tâm dịch vụ tổng hợp xã lắp đặt lại 06 loa truyền thanh", "2026-11-23"),
   T("Công an xã", "Công an xã tăng cường tuần tra ban đêm tại khu vực cầu Đồng Mai", None, "weekly"),
   T(DVTH, "Sửa chữa đèn chiếu sáng ngõ 3 bị hỏng", "2026-11-30"),
   T(KT, "Xử lý hộ chăn nuôi lợn gây ô nhiễm khu dân cư", "2026-12-31", coop=["Công an xã"]),
   T("Trung tâm Phục vụ hành chính công xã", "Rút ngắn thời gian xác nhận hồ sơ đất đai", "2026-11-28"),
   T("Văn phòng HĐND và UBND xã", "Đề nghị cấp trên lắp biển cảnh báo đoạn đê xung yếu", "2026-12-31"),
   T("Văn phòng HĐND và UBND xã", "Giao Văn phòng HĐND và UBND xã theo dõi, đôn đốc các nội dung trên", None,
     deadline_any=[None, "2026-12-31"])])
