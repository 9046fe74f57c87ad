# Gold files of the fifth fresh6 batch (713-715; labelled by hand before any parser run; session 25).
from use_common import T, W, NEWS
ALL = "Các phòng, ban, đơn vị"
SNN = "Sở Nông nghiệp và Phát triển nông thôn"
W("713_phu_hoa_tin_chu_tich_pccc_tet.txt", NEWS(None, None),
  "fresh6 (blind). Rewritten from a provincial newspaper's summary of the chairman's letter on fire safety before Tết (2013; "
  "January 2024 here): one paragraph where each sentence has its own subject: all units with the districts, `Sở NN-PTNT` "
  "(abbreviated) with two `;` clauses, a subject-less sentence continuing it (optional), `Công an tỉnh … hoàn thành trước ngày "
  "31/1` (no year: the posting year), a company `trước Tết` (no date), `UBMT TQ Việt Nam tỉnh` (abbreviation with a space); "
  "abbreviations defined in parentheses (PCCC, CNCH); a byline. A newspaper summary: every document field null.",
  [T(ALL, "Chủ tịch UBND tỉnh yêu cầu các cơ quan, ban ngành, đoàn thể và UBND các huyện, thị xã, thành phố tiếp tục tổ chức tuyên truyền",
     coop=["UBND các huyện, thị xã, thành phố"]),
   T(SNN, "Sở NN-PTNT phối hợp với các đơn vị liên quan đẩy mạnh công tác tuyên truyền"),
   T(SNN, "cần tăng cường lực lượng tuần tra, bảo vệ 24/24 giờ, không cho người không có trách nhiệm", optional=True),
   T("Công an tỉnh", "Công an tỉnh tổ chức triển khai ngay đợt tổng kiểm tra an toàn PCCC", "2024-01-31"),
   T("Công ty Điện lực Phú Hòa", "Công ty Điện lực Phú Hòa kiểm tra hệ thống điện tại các chợ"),
   T("Ủy ban MTTQ Việt Nam tỉnh", "UBMT TQ Việt Nam tỉnh và các đoàn thể phối hợp với chính quyền địa phương các cấp",
     coop=["Các đoàn thể tỉnh"])])
W("714_tam_lu_thong_bao_khan_mua_lon.txt",
  {"kind": "thong_bao", "symbol": None, "number": None, "place": None, "issued_on": None,
   "meeting_on": None, "chaired_by": None, "signed_by": None},
  "fresh6 (blind). Rewritten from a commune portal's URGENT NOTICE to residents after a storm (August 2025; September 2026 here): "
  "a title line, the posting day, `Kính gửi: Toàn thể Nhân dân`; the situation with road kilometres and place names (noise); "
  "`UBND xã … khuyến cáo:` over advice to residents (optional, no unit); one sentence with two subjects joined by `;` (`UBND xã "
  "giao Công an xã, Ban Chỉ huy Quân sự xã …; Trưởng các bản …`); the authorities' own statement and an appeal (noise); the "
  "service centre's byline. Not numbered, dated or signed: document fields null but the kind.",
  [T(None, "Người dân không di chuyển qua các khu vực bị ngập sâu", optional=True),
   T(None, "Chủ động theo dõi diễn biến thời tiết qua các phương tiện thông tin đại chúng", optional=True),
   T("Công an xã", "UBND xã giao Công an xã, Ban Chỉ huy Quân sự xã bố trí lực lượng cắm biển cảnh báo", coop=["Ban Chỉ huy Quân sự xã"]),
   T("Trưởng các bản", "Trưởng các bản thông báo đến từng hộ dân và báo cáo ngay về UBND xã")])
W("715_son_nguyen_tin_chi_thi_chay_rung.md", NEWS(None, None),
  "fresh6 (blind). Rewritten from an environment magazine's brief on a city chỉ thị on forest fires (2018; January 2026 here, "
  "two-level government; markdown): a title, an italic date and section line, a bold lead naming the chỉ thị, an image line; "
  "`UBND thành phố yêu cầu các xã, phường có rừng …` (communes and wards without UBND) with a partner after `;`; a `Đồng thời …` "
  "sentence with no subject (optional, the same unit); two sentences with their own subjects (`X chỉ đạo Y …`); a season `từ "
  "tháng 4 đến hết tháng 7` (information); a tags line. A magazine brief: every document field null.",
  [T("UBND các xã, phường có rừng", "UBND thành phố yêu cầu các xã, phường có rừng tổ chức triển khai thực hiện đầy đủ, kịp thời",
     coop=["Sở Nông nghiệp và Môi trường"]),
   T("UBND các xã, phường có rừng", "Đồng thời thường xuyên kiểm tra, đôn đốc các chủ rừng thực hiện đúng quy định", optional=True),
   T("Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Kiểm lâm xây dựng bản đồ phân vùng", "2026-03-15"),
   T("Công an thành phố", "Công an thành phố chỉ đạo Công an các xã, phường điều tra, xử lý nghiêm")])
