using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Where a sentence ends after a number (session 29; mut18's misreading): a full stop after the number of a residential
/// group, hamlet, quarter or street address ("… các hộ ở tổ 12. Trạm Y tế phường kiểm tra …") ends the sentence, so the
/// unit that opens the next one gets its own task; after a clause, article or item number ("Điều 5. …", "khoản 2. …",
/// "mục 3. …") it does not. Every row is an invented paragraph; expected is each task's canonical lead unit.
/// </summary>
public class SentenceEndKindsTests
{
    private const string Header = "Số: 88/TB-UBND\n\nHòa Xuân, ngày 12 tháng 10 năm 2026\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND phường như sau:\n\n";

    public static TheoryData<string, string, string[]> Kinds => new()
    {
        {
            "a residential group's number before the full stop: the next unit's sentence is its own task",
            "1. Phòng Kinh tế, Hạ tầng và Đô thị khảo sát tuyến cống thoát nước qua các hộ ở tổ 12. Trạm Y tế phường tổ chức phun thuốc diệt muỗi tại khu vực này trước ngày 20/10/2026.\n",
            ["Phòng Kinh tế, Hạ tầng và Đô thị", "Trạm Y tế phường"]
        },
        {
            "a hamlet's, a quarter's and a numbered ward's number end a sentence the same way",
            "1. Công an phường tăng cường tuần tra ban đêm tại thôn 3. Phòng Văn hóa - Xã hội rà soát hộ nghèo trong tháng 11/2026.\n\n" +
            "2. Trung tâm Dịch vụ sự nghiệp công dọn vệ sinh bãi đất trống ở khu phố 7. Ban Chỉ huy Quân sự phường rà soát thanh niên trong độ tuổi nhập ngũ.\n",
            ["Công an phường", "Phòng Văn hóa - Xã hội", "Trung tâm Dịch vụ sự nghiệp công", "Ban Chỉ huy Quân sự phường"]
        },
        {
            "an article's or item's number is no sentence end ('theo Điều 5. Phòng …' stays one sentence)",
            "1. Phòng Văn hóa - Xã hội hướng dẫn các tổ dân phố thực hiện theo mục 2. Kế hoạch số 45/KH-UBND trước ngày 30/10/2026.\n",
            ["Phòng Văn hóa - Xã hội"]
        },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_sentence_ends_after_a_places_number_and_not_after_an_articles(string kind, string body, string[] expected)
    {
        var notice = NoticeParser.Parse(Header + body);
        var got = notice.Tasks.Select(t => t.Unit ?? "null").ToArray();
        Assert.True(expected.SequenceEqual(got), $"{kind}:\n  expected {string.Join(" ; ", expected)}\n  got      {string.Join(" ; ", got)}\n  texts    {string.Join(" | ", notice.Tasks.Select(t => t.Text))}");
    }
}
