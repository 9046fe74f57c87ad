using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 25 (parser12a), kind 2: units defined first by a letter code or a short code ("(A) Phòng Văn hóa - Xã hội",
/// "Ký hiệu: A - Phòng VH-XH; B - Công an phường", "(a) …; (b) …" in one paragraph, a table of codes) and cited later by
/// the code ("Chủ trì: (A); phối hợp: (B)", "Đơn vị: a, b", "(b) chủ trì", a table cell "A"). The definitions are no
/// tasks, and a code resolves to the unit it stands for. Invented notices, several wordings per kind.
/// </summary>
public class LayoutUnitCodeKindsTests
{
    private const string Header = "Số: 131/KH-UBND\n\nĐông Ngạc, ngày 03 tháng 10 năm 2026\n\nKẾ HOẠCH\n\nTổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026\n\n";

    private static ParsedNotice Parse(string body) => NoticeParser.Parse(Header + body);

    private static string Describe(ParsedNotice n) => string.Join(" | ", n.Tasks.Select(t => $"[{t.Unit}; {string.Join(", ", t.Cooperating)}; {t.Deadline:yyyy-MM-dd}] {t.Text}"));

    // A bulleted list of bracketed capital codes, cited in brackets after each item (also read by the facts below: a
    // field, not an indexed TheoryData row, whose row type differs between xunit v2 and the v3 copy mutation.sh builds).
    private const string BracketedCodes =
        "I. ĐƠN VỊ THỰC HIỆN VÀ KÝ HIỆU\n\nCác đơn vị được ghi bằng ký hiệu tại Mục II:\n\n" +
        "- (A) Phòng Văn hóa - Xã hội\n- (B) Trạm Y tế phường\n- (C) Công an phường\n\n" +
        "II. NỘI DUNG\n\n" +
        "1. Tổ chức tuyên truyền Ngày hội trên loa truyền thanh các tổ dân phố. — Chủ trì: (A); phối hợp: (C). Thời hạn: 10/11/2026.\n\n" +
        "2. Khám sức khỏe miễn phí cho người cao tuổi tại Ngày hội. — Chủ trì: (B). Thời hạn: 15/11/2026.\n\n" +
        "3. Bảo đảm an ninh trật tự tại các điểm tổ chức Ngày hội. — Chủ trì: (C); phối hợp: (A), (B). Thời hạn: 18/11/2026.\n";

    public static TheoryData<string, string[]> DefinedThenCited => new()
    {
        {
            BracketedCodes,
            ["Phòng Văn hóa - Xã hội; 2026-11-10", "Trạm Y tế phường; 2026-11-15", "Công an phường; 2026-11-18"]
        },
        {
            // One paragraph "Ký hiệu: A - …; B - …", codes cited bare after "Đơn vị:".
            "I. PHÂN CÔNG\n\nKý hiệu: A - Phòng VH-XH; B - Đoàn Thanh niên phường; C - Hội Liên hiệp Phụ nữ phường.\n\n" +
            "1. Xây dựng kịch bản chương trình văn nghệ chào mừng. Đơn vị: A, B. Thời hạn: 05/11/2026.\n\n" +
            "2. Vận động hội viên tham gia gian hàng ẩm thực. Đơn vị: C. Thời hạn: 12/11/2026.\n",
            ["Phòng Văn hóa - Xã hội; 2026-11-05", "Hội Liên hiệp Phụ nữ phường; 2026-11-12"]
        },
        {
            // Lower-case codes in one paragraph, cited as "(b) chủ trì" at the start of an item.
            "II. TỔ CHỨC THỰC HIỆN\n\nĐơn vị thực hiện: (a) Trung tâm Dịch vụ sự nghiệp công; (b) Công an phường; (c) Ban Công tác Mặt trận các tổ dân phố.\n\n" +
            "1. (b) chủ trì xây dựng phương án bảo đảm an ninh, trật tự, hoàn thành trước ngày 08/11/2026.\n\n" +
            "2. (a) chủ trì, (c) phối hợp trang trí khánh tiết tại Nhà văn hóa phường, hoàn thành trước ngày 14/11/2026.\n",
            ["Công an phường; 2026-11-08", "Trung tâm Dịch vụ sự nghiệp công; 2026-11-14"]
        },
        {
            // A table of codes, then a task table whose unit cells hold the codes.
            "II. KÝ HIỆU ĐƠN VỊ\n\n| Ký hiệu | Đơn vị |\n|---|---|\n| VH | Phòng Văn hóa - Xã hội |\n| YT | Trạm Y tế phường |\n\n" +
            "III. PHÂN CÔNG\n\n| TT | Nội dung | Chủ trì | Phối hợp | Thời hạn |\n|---|---|---|---|---|\n" +
            "| 1 | Tổ chức giải bóng đá thiếu niên | VH | YT | 20/11/2026 |\n" +
            "| 2 | Bố trí tổ sơ cấp cứu tại sân vận động | YT | | 21/11/2026 |\n",
            ["Phòng Văn hóa - Xã hội; 2026-11-20", "Trạm Y tế phường; 2026-11-21"]
        },
    };

    [Theory]
    [MemberData(nameof(DefinedThenCited))]
    public void A_unit_code_defined_first_resolves_to_its_unit_and_the_definitions_are_no_tasks(string body, string[] expected)
    {
        var n = Parse(body);
        Assert.True(n.Tasks.Select(t => $"{t.Unit}; {t.Deadline:yyyy-MM-dd}").SequenceEqual(expected), Describe(n));
    }

    [Fact]
    public void A_cited_partner_code_resolves_too()
    {
        var n = Parse(BracketedCodes);
        // (Whether "…; phối hợp: X, Y" after "Chủ trì:" is read as partners is the task reader's business; here: the codes
        // became the names.)
        Assert.True(n.Tasks.Count == 3 && n.Tasks[2].Text.Contains("phối hợp: Phòng Văn hóa - Xã hội, Trạm Y tế phường", StringComparison.Ordinal), Describe(n));
    }

    [Fact]
    public void A_task_with_cited_codes_still_points_at_its_own_words_in_the_source()
    {
        var body = BracketedCodes;
        var text = Header + body;
        var task = NoticeParser.Parse(text).Tasks[2];
        var written = text[task.Source.Start..task.Source.End];
        Assert.StartsWith("Bảo đảm an ninh trật tự", written);
        Assert.EndsWith("Thời hạn: 18/11/2026.", written);
        Assert.Contains("Chủ trì: (C); phối hợp: (A), (B)", written);
    }

    [Theory]
    // Letter headings over items are no definitions: nothing cites "A" or "(A)" later.
    [InlineData("A. Phòng Văn hóa - Xã hội\n\n1. Rà soát hộ nghèo trên địa bàn, hoàn thành trước 30/11/2026.\n\nB. Công an phường\n\n2. Tuần tra bảo đảm an ninh dịp lễ, hoàn thành trước 20/11/2026.\n",
                new[] { "Phòng Văn hóa - Xã hội; 2026-11-30", "Công an phường; 2026-11-20" })]
    // An enumeration "(a) …; (b) …" of tasks, not of units.
    [InlineData("1. Phòng Văn hóa - Xã hội: (a) rà soát hộ nghèo; (b) tổng hợp danh sách, hoàn thành trước 30/11/2026.\n",
                new[] { "Phòng Văn hóa - Xã hội; 2026-11-30" })]
    public void Letters_that_define_nothing_are_read_as_before(string body, string[] expected)
    {
        var n = Parse(body);
        Assert.True(n.Tasks.Select(t => $"{t.Unit}; {t.Deadline:yyyy-MM-dd}").SequenceEqual(expected), Describe(n));
    }
}
