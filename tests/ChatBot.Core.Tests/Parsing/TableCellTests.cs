using ChatBot.Core.Parsing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 21 (parser7): table cells that speak for more than their own row or hold more than one field. A cell
/// merged over several rows (Word's vMerge) gives its unit and deadline to every row it spans; `nt`, `〃`, `"`, `như
/// trên` repeat the cell above; one cell headed `Đơn vị thực hiện, thời hạn` holds both fields; a text cell with several
/// `- ` lines holds one task per line, each with the row's unit. Invented notices, several wordings per kind.
/// </summary>
public class TableCellTests
{
    private const string Header = "Số: 71/KH-UBND\n\nTân Mai, ngày 05 tháng 10 năm 2026\n\nKẾ HOẠCH\n\nII. NỘI DUNG VÀ PHÂN CÔNG\n\n";

    private static ParsedNotice Parse(string body) => NoticeParser.Parse(Header + body);

    private static string Describe(ParsedNotice n) => string.Join(" | ", n.Tasks.Select(t => $"[{t.Unit}; {t.Deadline}; {t.Recurrence}] {t.Text}"));

    public static TheoryData<string, string, string?> SameAsAbove => new()
    {
        { "nt", "nt", "2026-10-20" },
        { "Nt", "-nt-", "2026-10-20" },
        { "〃", "〃", "2026-10-20" },
        { "\"", "\"", "2026-10-20" },
        { "Như trên", "như trên", "2026-10-20" },
        { "( nt )", "Như trên", "2026-10-20" },
    };

    [Theory]
    [MemberData(nameof(SameAsAbove))]
    public void A_ditto_cell_repeats_the_cell_above(string unitCell, string deadlineCell, string? deadline)
    {
        var n = Parse("| TT | Nội dung công việc | Đơn vị chủ trì | Phối hợp | Thời gian |\n|---|---|---|---|---|\n" +
                      "| 1 | Rà soát danh sách hộ cận nghèo năm 2026 | Phòng VH-XH | Các tổ dân phố | Trước 20/10/2026 |\n" +
                      $"| 2 | Cập nhật phần mềm quản lý đối tượng bảo trợ | {unitCell} | TT DVSNC | {deadlineCell} |\n" +
                      "| 3 | Kiểm tra an toàn phòng cháy tại chợ dân sinh | Công an phường | nt | Tháng 11/2026 |\n");
        Assert.True(n.Tasks.Count == 3, Describe(n));
        Assert.True(n.Tasks[1].Unit == "Phòng Văn hóa - Xã hội", Describe(n));
        Assert.True(n.Tasks[1].Deadline?.ToString("yyyy-MM-dd") == deadline, Describe(n));
        Assert.True(n.Tasks[2].Unit == "Công an phường", Describe(n));
    }

    public static TheoryData<string, string, string, string?> UnitAndDeadlineInOneCell => new()
    {
        { "Đơn vị thực hiện, thời hạn", "Phòng KT, HT&ĐT;<br>trước 15/11/2026", "Phòng Kinh tế, Hạ tầng và Đô thị", "2026-11-15" },
        { "Đơn vị chủ trì - Thời hạn", "Công an phường; trong tháng 12/2026", "Công an phường", "2026-12-31" },
        { "Chủ trì / thời gian hoàn thành", "TT DVSNC (trước ngày 30/11/2026)", "Trung tâm Dịch vụ sự nghiệp công", "2026-11-30" },
        { "Đơn vị, thời gian thực hiện", "Trạm Y tế phường; Quý IV/2026", "Trạm Y tế phường", "2026-12-31" },
    };

    [Theory]
    [MemberData(nameof(UnitAndDeadlineInOneCell))]
    public void A_cell_headed_with_unit_and_deadline_gives_both(string head, string cell, string unit, string? deadline)
    {
        var n = Parse($"| TT | Nội dung kết luận | {head} |\n|---|---|---|\n" +
                      $"| 1 | Hoàn thiện hồ sơ xét công nhận khu dân cư văn hóa | {cell} |\n");
        Assert.True(n.Tasks.Count == 1, Describe(n));
        Assert.True(n.Tasks[0].Unit == unit, Describe(n));
        Assert.True(n.Tasks[0].Deadline?.ToString("yyyy-MM-dd") == deadline, Describe(n));
    }

    public static TheoryData<string, string[]> SeveralDashTasks => new()
    {
        {
            "| Đơn vị | Nhiệm vụ được giao |\n|---|---|\n" +
            "| Công an phường | - Rà soát người lưu trú tại các nhà trọ, hoàn thành trước 30/11/2026.<br>- Tuyên truyền phòng chống lừa đảo qua mạng. |\n" +
            "| Phòng VH-XH | - Tổ chức giải bóng chuyền hơi cho người cao tuổi. |\n",
            ["Công an phường: Rà soát người lưu trú", "Công an phường: Tuyên truyền phòng chống lừa đảo", "Phòng Văn hóa - Xã hội: Tổ chức giải bóng chuyền"]
        },
        {
            "| TT | Nội dung | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n" +
            "| 1 | + Lắp đặt camera tại ngã tư chợ (Quý IV/2026); + Sửa đèn chiếu sáng ngõ 12 | Phòng KT, HT&ĐT | Năm 2026 |\n",
            ["Phòng Kinh tế, Hạ tầng và Đô thị: Lắp đặt camera", "Phòng Kinh tế, Hạ tầng và Đô thị: Sửa đèn chiếu sáng"]
        },
        {
            "| TT | Nhiệm vụ | Đơn vị thực hiện |\n|---|---|---|\n" +
            "| 1 | - Thu dọn phế thải tại bãi đất trống tổ 5. - Phun thuốc diệt muỗi khu vực ao tù. | TT DVSNC |\n",
            ["Trung tâm Dịch vụ sự nghiệp công: Thu dọn phế thải", "Trung tâm Dịch vụ sự nghiệp công: Phun thuốc diệt muỗi"]
        },
    };

    [Theory]
    [MemberData(nameof(SeveralDashTasks))]
    public void Several_dash_lines_in_one_cell_are_several_tasks_of_the_rows_unit(string table, string[] expected)
    {
        var n = Parse(table);
        Assert.True(n.Tasks.Count == expected.Length, Describe(n));
        for (var k = 0; k < expected.Length; k++)
        {
            var parts = expected[k].Split(": ", 2);
            Assert.True(n.Tasks[k].Unit == parts[0] && n.Tasks[k].Text.Contains(parts[1]), Describe(n));
        }
    }

    // A Word table whose unit (and deadline) cell is merged over rows: vMerge restart, then continue cells.
    private static byte[] MergedDocx(int span, bool mergeDeadline)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            Paragraph P(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            TableCell C(string text, MergedCellValues? merge = null, int gridSpan = 1)
            {
                var cell = new TableCell(P(text));
                var props = new TableCellProperties();
                if (merge is { } m) props.Append(new VerticalMerge { Val = m == MergedCellValues.Continue ? null : m });
                if (gridSpan > 1) props.Append(new GridSpan { Val = gridSpan });
                if (props.HasChildren) cell.PrependChild(props);
                return cell;
            }
            var rows = new List<TableRow>
            {
                new(C("STT"), C("Nhiệm vụ"), C("Đơn vị chủ trì"), C("Phối hợp"), C("Thời hạn")),
                new(C("A. LĨNH VỰC VĂN HÓA - XÃ HỘI", gridSpan: 5)),
            };
            string[] work = ["Lập danh sách học sinh bỏ học", "Vận động học sinh trở lại lớp", "Trao học bổng cho học sinh nghèo", "Tổng kết năm học"];
            for (var r = 0; r < span; r++)
                rows.Add(new TableRow(C((r + 1).ToString()), C(work[r]),
                    r == 0 ? C("Phòng VH-XH", MergedCellValues.Restart) : C("", MergedCellValues.Continue),
                    C("Các trường"),
                    mergeDeadline ? (r == 0 ? C("Trước 30/11/2026", MergedCellValues.Restart) : C("", MergedCellValues.Continue)) : C("Tháng 12/2026")));
            rows.Add(new TableRow(C((span + 1).ToString()), C("Kiểm tra vệ sinh an toàn thực phẩm"), C("Trạm Y tế phường"), C(""), C("")));
            main.Document = new Document(new Body(
                P("Số: 40/TB-UBND"), P("Hòa Minh, ngày 02 tháng 11 năm 2026"), P("THÔNG BÁO"), P("II. NHIỆM VỤ CỤ THỂ"),
                new Table(rows.ToArray()), P("Trên đây là kết luận của Chủ tịch UBND phường./.")));
        }
        return ms.ToArray();
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void A_unit_cell_merged_over_rows_gives_its_unit_to_every_row(int span, bool mergeDeadline)
    {
        var n = NoticeParser.Parse(NoticeText.Extract(MergedDocx(span, mergeDeadline), "bang.docx"));
        Assert.True(n.Tasks.Count == span + 1, Describe(n));
        for (var r = 0; r < span; r++)
        {
            Assert.True(n.Tasks[r].Unit == "Phòng Văn hóa - Xã hội", Describe(n));
            Assert.True(n.Tasks[r].Deadline?.ToString("yyyy-MM-dd") == (mergeDeadline ? "2026-11-30" : "2026-12-31"), Describe(n));
        }
        Assert.True(n.Tasks[span].Unit == "Trạm Y tế phường" && n.Tasks[span].Deadline is null, Describe(n));
    }
}
