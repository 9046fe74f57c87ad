# Gold files of the sixteenth fresh9 batch (1026; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
W("1026_ngoc_ha_xuat_nhiem_vu_json.txt", NEWS(None, None),
  "fresh9 (blind). Hand-written, NEW layout: a task list EXPORTED AS JSON by the ward's tracking software, after three plain lines "
  "(export time, filter, record count): records with `noi_dung` (the text), `don_vi_chu_tri` (the unit, abbreviated: `P.KTHTĐT`, `VP "
  "HĐND-UBND`, `TTPVHCC`, `P.VHXH`, `BCH QS phường`, `CA phường`, `UB MTTQ phường`, `Tổ trưởng các TDP`), `don_vi_phoi_hop` (a list), "
  "`han_xu_ly` in two date formats or empty, `lap_lai` (`hang_tuan`, `hang_thang`, `hang_quy` or null), `trang_thai` (`hoan_thanh` rows "
  "are not tasks; `qua_han` rows are), `nguon` (a referenced document and its date: noise). As a CSV export: every document field null.",
  [T(KT, "Hoàn thiện phương án phân luồng giao thông phục vụ thi công", "2027-04-15", coop=["Công an phường"]),
   T(KT, "Kiểm tra việc niêm yết giá tại các cửa hàng ăn uống", "2027-03-31", coop=["Trạm Y tế phường"]),
   T("Trung tâm Phục vụ hành chính công", "Cập nhật tiến độ số hóa hồ sơ thủ tục hành chính", None, "weekly",
     coop=["Văn phòng HĐND và UBND phường"]),
   T("Phòng Văn hóa - Xã hội", "Rà soát, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", "2027-04-30", coop=["Công an phường"]),
   T("Ban Chỉ huy Quân sự phường", "Tổ chức tuyên truyền Luật Nghĩa vụ quân sự", "2027-04-20", coop=["Đoàn Thanh niên phường"]),
   T("Công an phường", "Báo cáo tình hình an ninh trật tự trên địa bàn phường", None, "monthly"),
   T("Ủy ban MTTQ Việt Nam phường", "Giám sát việc thu gom rác thải tại các ngõ nhỏ", None, "quarterly", coop=[KT]),
   T("Tổ trưởng các tổ dân phố", "Lập danh sách hộ có nhu cầu lắp đặt camera an ninh", "2027-05-10", coop=["Công an phường"])])
