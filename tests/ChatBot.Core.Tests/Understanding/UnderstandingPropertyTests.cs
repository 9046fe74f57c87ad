using System.Globalization;
using System.Text;
using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Core.Understanding;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>What must hold for any text, not only the written phrasings.</summary>
public class UnderstandingPropertyTests
{
    private static readonly UnderstandingContext Reply = new(CaseTable.Today) { RepliedTask = 12 };

    /// <summary>Ways of saying "not done (yet)".</summary>
    private static readonly string[] NegatedDone =
    [
        "chưa xong", "chưa hoàn thành", "chưa làm xong", "không kịp hoàn thành", "chưa thể hoàn thành", "vẫn chưa xong",
        "có xong đâu", "chưa hoàn tất", "không xong", "chẳng xong", "chưa xong hết", "chưa hẳn xong", "không hoàn thành được",
        "chưa thực hiện xong", "đã xong đâu", "chưa kịp xong", "ko xong", "k hoàn thành kịp", "chx xong", "hoàn thành đâu",
        "chưa được hoàn thành", "không thể hoàn thành", "chả xong", "xong đâu mà xong", "không phải là xong",
    ];

    /// <summary>What officials put before and after — none of it says the task is done.</summary>
    private static readonly string[] Prefixes =
    [
        "", "dạ", "Dạ em báo cáo anh,", "kính gửi chị", "#12", "việc này", "bên em", "em xin báo cáo là", "hiện tại", "nhiệm vụ 12",
        "12,", "em", "vâng ạ,", "😅", "báo cáo:", "ok anh, việc này", "Dạ thưa anh, phòng em", "nv 12 -", "tuần này", "mai",
    ];

    private static readonly string[] Suffixes =
    [
        "", "ạ", "anh ạ", "nhé", "vì chờ kinh phí", "do thiếu người", ", còn 2 hộ", ", đang làm tiếp", "đâu anh", "!!!", "😅",
        ", em sẽ cố gắng", "được ạ", "hết", "rồi ạ", "đúng hạn", "trong tuần này", "vì vướng mặt bằng", "lý do: máy hỏng", "?",
        "nha chị", ", mai em báo lại", "ạ. Em cảm ơn", "được 60%", "do còn vướng giấy tờ của 3 hộ dân",
    ];

    [Property(MaxTest = 600)]
    public Property A_negated_done_is_never_read_as_done()
    {
        var texts =
            from prefix in Gen.Elements(Prefixes)
            from negated in Gen.Elements(NegatedDone)
            from suffix in Gen.Elements(Suffixes)
            from casing in Gen.Elements(Casing.Lower, Casing.Upper, Casing.Title, Casing.Mixed, Casing.AsTyped)
            from stripMarks in Gen.Elements(false, true)
            select Shape($"{prefix} {negated} {suffix}", casing, stripMarks);
        return Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var intent = ReplyUnderstander.Read(text, Reply);
            return (!MeansDone(intent)).Label($"{text} → {CaseTable.Show(intent)}");
        });
    }

    [Property(MaxTest = 300)]
    public Property A_negated_done_amid_arbitrary_text_is_never_read_as_done() =>
        Prop.ForAll(
            ArbMap.Default.ArbFor<string>(), Gen.Elements(NegatedDone).ToArbitrary(), ArbMap.Default.ArbFor<string>(),
            (before, negated, after) =>
            {
                // Arbitrary text around, kept apart by a clause break so that it cannot reach into the negation.
                var (b, a) = (Clean(before), Clean(after));
                var text = $"{b}. {negated}. {a}";
                var intent = ReplyUnderstander.Read(text, Reply);
                // Whether the text around says done is judged on what the understander reads (the control characters
                // removed): "6X\u0017G3" is "6XG3", whose "xg" is a done.
                return (!MeansDone(intent) || SaysDone(b) || SaysDone(a)).Label($"{text} → {CaseTable.Show(intent)}");
            });

    [Property(MaxTest = 1000)]
    public bool The_understander_never_throws_on_arbitrary_text(string? text, int? replied, int? listCount, bool leader)
    {
        var ctx = new UnderstandingContext(CaseTable.Today)
        {
            RepliedTask = replied, ListCount = listCount, Writer = leader ? Role.Leader : Role.Staff,
        };
        ReplyUnderstander.Read(text, ctx);
        return true;
    }

    [Property(MaxTest = 500)]
    public Property Unsure_never_carries_a_status_change() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Fragments)).ToArbitrary(), fragments =>
        {
            var text = string.Join(" ", fragments);
            var intent = ReplyUnderstander.Read(text, Reply);
            var ok = intent switch
            {
                // The host must ask: there is no single change to apply, only distinct readings to offer.
                Intent.Unsure u => u.Candidates.Count >= 2 && u.Candidates.Select(c => c.Status).Distinct().Count() == u.Candidates.Count,
                Intent.Several s => s.Parts.Count >= 2 && s.Parts.All(p => p is Intent.Status or Intent.Extension or Intent.Unsure),
                _ => true,
            };
            return ok.Label($"{text} → {CaseTable.Show(intent)}");
        });

    [Property(MaxTest = 300)]
    public bool The_understander_is_deterministic(string? text) =>
        CaseTable.Show(ReplyUnderstander.Read(text, Reply)) == CaseTable.Show(ReplyUnderstander.Read(text, Reply));

    [Fact]
    public async Task Reading_stays_linear_on_adversarial_text_of_the_longest_accepted_length()
    {
        // Patterns that would make a backtracking or rescanning reader quadratic or worse: repeated negators, causes,
        // glued numbers and dates, long glued words, and every cue at once. A linear pass reads each in microseconds;
        // the guard only catches a blow-up (it is not a timer).
        string[] seeds =
        [
            "chưa ", "vì do ", "1/2/3/", "#1,", "xong ", "chưa xong vì ", "aaaaaaaaaaaaaaaaaaaaaa", "đang làm 50% nhưng vướng do ",
            "gia hạn đến 20/7 ", "ạ ", "không có gì ", "phòng kinh tế ", "? ", "nên ", "đâu mà ", "12, ", "thứ 6 tuần sau ",
        ];
        var texts = seeds.Select(s => string.Concat(Enumerable.Repeat(s, ReplyUnderstander.MaxLength / s.Length + 1))[..ReplyUnderstander.MaxLength])
            .Append(string.Concat(Enumerable.Repeat(string.Concat(seeds), 60))[..ReplyUnderstander.MaxLength])
            .Append(new string('x', 5_000_000))
            .ToList();
        var read = Task.Run(() =>
        {
            foreach (var t in texts)
                for (var i = 0; i < 20; i++) ReplyUnderstander.Read(t, Reply);
        });
        var finished = await Task.WhenAny(read, Task.Delay(TimeSpan.FromMinutes(2)));
        Assert.Same(read, finished);
        await read;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static readonly string[] Fragments =
    [
        "xong", "chưa", "đã", "đang làm", "vướng", "vì", "do", "60%", "rồi", "nhưng", "không", "hoàn thành", "sắp", "phần",
        "em", "ạ", "nhé", "#12", "13", ",", ".", "?", "gia hạn", "20/7", "nên", "đâu", "còn", "thiếu", "chắc", "nghĩ là",
        "gửi báo cáo", "đã nhận", "ok", "làm", "được", "khó khăn", "kịp", "xin", "thêm 5 ngày", "mai", "2/3",
    ];

    public enum Casing { Lower, Upper, Title, Mixed, AsTyped }

    private static string Shape(string text, Casing casing, bool stripMarks)
    {
        var s = casing switch
        {
            Casing.Lower => text.ToLowerInvariant(),
            Casing.Upper => text.ToUpperInvariant(),
            Casing.Title => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text),
            Casing.Mixed => new string([.. text.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c))]),
            _ => text,
        };
        return stripMarks ? StripMarks(s) : s;
    }

    /// <summary>Diacritics off, as typed on a phone without a Vietnamese keyboard (case kept).</summary>
    private static string StripMarks(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        return sb.ToString();
    }

    private static string Clean(string? s) => new([.. (s ?? "").Where(c => !char.IsControl(c) && !char.IsSurrogate(c))]);

    /// <summary>Random text that happens to contain a done word could legitimately say done.</summary>
    private static bool SaysDone(string? s)
    {
        var f = ChatBot.Core.Common.Fold.Key(s);
        // Abbreviations too: "ht" (hoàn thành), "xg", "xog".
        return f.Contains("xong") || f.Contains("hoan") || f.Contains("done") || f.Contains("100") || f.Contains("finish") ||
               f.Contains("ht") || f.Contains("xg") || f.Contains("xog");
    }

    private static bool MeansDone(Intent intent) => intent switch
    {
        Intent.Status s => s.Change.Status == WorkStatus.Done,
        Intent.Several s => s.Parts.Any(MeansDone),
        _ => false,
    };
}
