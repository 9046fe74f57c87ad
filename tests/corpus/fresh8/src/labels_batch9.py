# Gold files of the ninth fresh8 batch (922; labelled by hand before any parser run; session 26).
from use_common import T, W, NEWS
W("922_long_thanh_cong_van_trat_tu_do_thi_tet.md",
  {"kind": "cong_van", "symbol": "UBND-KT", "number": "1873", "place": "Long Thạnh", "issued_on": "2026-12-08",
   "subject": "bảo đảm trật tự đô thị, an toàn giao thông và phòng cháy, chữa cháy dịp cuối năm 2026 và Tết Nguyên đán Đinh Mùi 2027",
   "meeting_on": None, "chaired_by": None, "signed_by": "Huỳnh Thanh Tùng"},
  "fresh8 (blind). COMMON layout (markdown): a ward công văn `đề nghị các đơn vị triển khai một số nội dung sau:` with the header "
  "as bold and italic lines (no table), `Kính gửi:` over a list; items `1)` … `7)` in many shapes: a lower-case subject with a "
  "partner (`công an phường chủ trì, phối hợp ban chỉ huy quân sự phường …`), a topic then the unit after an em dash in bold or "
  "italics (`— **Phòng KT, HT&ĐT** thực hiện`, `— *Công an phường phối hợp Phòng KT, HT&ĐT*`), bold heads (`**Phòng VH-XH:**`), "
  "`Trung tâm DVSNC phường …`; deadlines `từ nay đến hết ngày 28/02/2027` (null defensible), `chậm nhất ngày 20/12` (no year), "
  "`xong trước Tết Dương lịch` (null), `trong 10 ngày kể từ ngày nhận được văn bản này` (from receipt: null), `xong trước 25/12`, "
  "`… hằng tuần đến hết tháng 01/2027`, two windows in one item (the first end; the last defensible); `02 lần/tuần`, `định kỳ 15 "
  "ngày/lần`, `trước 16h00 thứ Sáu hằng tuần`; a separate `Đề nghị Ủy ban MTTQ …` and `Giao Văn phòng …` paragraph.",
  [T("Công an phường", "công an phường chủ trì, phối hợp ban chỉ huy quân sự phường xây dựng phương án bảo đảm an ninh",
     "2027-02-28", "weekly", coop=["Ban Chỉ huy Quân sự phường"], deadline_any=["2027-02-28", None]),
   T("Phòng Kinh tế, Hạ tầng và Đô thị", "Về trật tự đô thị: ra quân lập lại trật tự vỉa hè các tuyến Lê Văn Sỹ", "2026-12-20"),
   T("Công an phường", "Kiểm tra an toàn điện, phòng cháy, chữa cháy tại chợ Long Thạnh và 12 cơ sở kinh doanh karaoke",
     coop=["Phòng Kinh tế, Hạ tầng và Đô thị"]),
   T("Phòng Văn hóa - Xã hội", "Phòng VH-XH: rà soát, lập danh sách người có công, hộ nghèo, hộ cận nghèo để thăm"),
   T("Trung tâm Dịch vụ sự nghiệp công phường", "Trung tâm DVSNC phường treo băng rôn, cờ Tổ quốc trên các tuyến phố chính",
     "2026-12-25", "periodic"),
   T("Tổ trưởng các tổ dân phố", "Tổ trưởng các tổ dân phố vận động hộ gia đình ký cam kết không sử dụng pháo nổ",
     "2027-01-31", "weekly", deadline_any=["2027-01-31", None]),
   T("Ban Chỉ huy Quân sự phường", "Ban Chỉ huy Quân sự phường: duy trì trực sẵn sàng chiến đấu 24/24 giờ", "2027-01-03",
     deadline_any=["2027-01-03", "2027-02-20", None]),
   T("Ủy ban MTTQ Việt Nam phường", "Đề nghị Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội phường vận động đoàn viên",
     coop=["Các tổ chức chính trị - xã hội phường"]),
   T("Văn phòng HĐND và UBND phường", "Giao Văn phòng HĐND và UBND phường theo dõi, tổng hợp kết quả thực hiện", "2027-03-10")])
