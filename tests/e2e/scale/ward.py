"""A large ward for the scale test and the fan-out benchmark (python3 stdlib only): UNITS units, a conclusion notice
with TASKS_PER_UNIT tasks for each, and the invite rows of the officials (seeded with SQL: the `invite` verb starts a
process per code, ~1 s each, which would be most of the test's budget; the officials still link through /start CODE).
"""
import datetime as dt
import hashlib

WARD = "Phường Hòa Bình"
UNITS = [
    "Phòng Kinh tế, Hạ tầng và Đô thị",
    "Phòng Văn hóa - Xã hội",
    "Văn phòng HĐND và UBND phường",
    "Công an phường",
    "Ban Chỉ huy Quân sự phường",
    "Trung tâm Phục vụ hành chính công phường",
    "Trạm Y tế phường",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường",
    "Hội Liên hiệp Phụ nữ phường",
    "Hội Cựu chiến binh phường",
]
# Work items, combined with a residential group (tổ dân phố) so that every task of a unit reads differently.
WORK = [
    "Rà soát, thống kê số hộ gia đình có nhu cầu hỗ trợ tại tổ dân phố số {k}, báo cáo UBND phường",
    "Kiểm tra việc chấp hành quy định về trật tự đô thị trên các tuyến đường thuộc tổ dân phố số {k}",
    "Tổ chức tuyên truyền, vận động nhân dân tổ dân phố số {k} thực hiện phân loại rác tại nguồn",
    "Tổng hợp ý kiến, kiến nghị của cử tri tổ dân phố số {k}, đề xuất hướng giải quyết",
    "Cập nhật dữ liệu dân cư của tổ dân phố số {k} vào hệ thống quản lý của phường",
    "Phối hợp với Ban điều hành tổ dân phố số {k} rà soát các điểm ngập úng trong mùa mưa",
    "Xây dựng kế hoạch ra quân vệ sinh môi trường tại tổ dân phố số {k}",
    "Báo cáo kết quả thực hiện các chỉ tiêu kinh tế - xã hội của tổ dân phố số {k}",
    "Kiểm tra công tác phòng cháy, chữa cháy tại các hộ kinh doanh thuộc tổ dân phố số {k}",
    "Đề xuất danh sách khen thưởng các cá nhân tiêu biểu của tổ dân phố số {k}",
    "Rà soát hồ sơ đất đai tồn đọng của các hộ thuộc tổ dân phố số {k}",
    "Tổ chức đối thoại với nhân dân tổ dân phố số {k} về công tác chỉnh trang đô thị",
]
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def notice(units, tasks_per_unit, today):
    """The notice's text: one section per unit, tasks_per_unit tasks each, deadlines 10–40 days ahead."""
    d = lambda n: (today + dt.timedelta(days=n)).strftime("%d/%m/%Y")
    lines = [
        "ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "PHƯỜNG HÒA BÌNH                               Độc lập - Tự do - Hạnh phúc", "",
        f"Số: 205/TB-UBND                       Hòa Bình, ngày {today:%d} tháng {today:%m} năm {today:%Y}", "",
        "THÔNG BÁO",
        f"Kết luận của Chủ tịch UBND phường tại cuộc họp giao ban mở rộng tháng {today:%m}/{today:%Y}", "",
        "Sau khi nghe báo cáo và ý kiến của các đại biểu dự họp, Chủ tịch UBND phường kết luận như sau:", "",
    ]
    for i, unit in enumerate(units):
        lines.append(f"{i + 1}. {unit}")
        for j in range(tasks_per_unit):
            work = WORK[(i + j) % len(WORK)].format(k=j + 1)
            lines.append(f"- {work}, hoàn thành trước ngày {d(10 + (i * tasks_per_unit + j) % 30)}.")
        lines.append("")
    lines += ["Trên đây là kết luận của Chủ tịch UBND phường, UBND phường thông báo để các đơn vị biết và thực hiện./.", "",
              "Nơi nhận:", "- Các phòng, ban, đơn vị;", "- Lưu: VT.", "", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "", "Trần Thị Bình"]
    return "\n".join(lines) + "\n"


def code_for(n):
    """A deterministic 8-letter invite code for official n (the service's alphabet)."""
    digest = hashlib.sha256(f"scale-official-{n}".encode()).digest()
    return "".join(ALPHABET[b % len(ALPHABET)] for b in digest[:8])


def invite_sql(officials_per_unit, n_units):
    """INSERTs of one staff invite per official (code_for(n)), hashed as DirectoryService.Hash does; n = 1…; unit
    by its order of creation. Role and expiry are copied from the invite the CLI created (so the enum's stored form is
    the service's own)."""
    rows = []
    for u in range(n_units):
        for k in range(officials_per_unit):
            n = u * officials_per_unit + k + 1
            h = hashlib.sha256(("chatbot-invite:" + code_for(n)).encode()).hexdigest().upper()
            rows.append(f"(({u + 1}), 'Cán bộ {n}', '{h}')")
    return ("INSERT INTO \"Invites\" (\"WardId\", \"UnitId\", \"Role\", \"Name\", \"CodeHash\", \"CreatedAt\", \"ExpiresAt\")\n"
            "SELECT t.\"WardId\", u.\"Id\", t.\"Role\", v.name, v.hash, t.\"CreatedAt\", t.\"ExpiresAt\"\n"
            "FROM (VALUES " + ",\n".join(rows) + ") AS v(unit_no, name, hash)\n"
            "JOIN (SELECT \"Id\", row_number() OVER (ORDER BY \"Id\") AS no FROM \"Units\") u ON u.no = v.unit_no\n"
            "CROSS JOIN (SELECT * FROM \"Invites\" ORDER BY \"Id\" LIMIT 1) t;\n")


if __name__ == "__main__":
    import sys
    print(notice(UNITS, int(sys.argv[1]) if len(sys.argv) > 1 else 10, dt.date.today()))
