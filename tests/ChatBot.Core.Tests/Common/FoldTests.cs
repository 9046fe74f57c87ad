using System.Globalization;
using System.Text;
using ChatBot.Core.Common;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChatBot.Core.Tests.Common;

/// <summary>The one fold names and words are compared in: lower case, no accents, đ → d, punctuation as one space.</summary>
public sealed class FoldTests
{
    [Theory]
    [InlineData("Phòng Văn hoá - Xã hội", "phong van hoa xa hoi")]
    [InlineData("— Phòng Kinh tế, Hạ tầng và Đô thị! —", "phong kinh te ha tang va do thi")]
    [InlineData("ĐẢNG ỦY PHƯỜNG “BẠCH ĐẰNG”", "dang uy phuong bach dang")]
    [InlineData("Tổ dân phố số 5…", "to dan pho so 5")]
    [InlineData("   ", "")]
    [InlineData(null, "")]
    public void Vietnamese_names_fold_to_plain_words(string? text, string key) => Assert.Equal(key, Fold.Key(text));

    [Theory]
    // Decomposed input (combining marks after the letter, as some keyboards and PDFs write it) folds like precomposed.
    [InlineData("Ho\u0300a Bi\u0300nh", "hoa binh")]
    [InlineData("Kie\u0302\u0309m tra", "kiem tra")]
    [InlineData("Ha\u0300 No\u0323i", "ha noi")]
    [InlineData("a\u036Fb", "ab")]
    public void Combining_marks_are_dropped_inside_words(string text, string key) => Assert.Equal(key, Fold.Key(text));

    [Theory]
    // Outside Latin: Greek with its accents and breathings, the Ångström sign, a Vietnamese name beside them.
    [InlineData("Đường Ἀθῆναι", "duong αθηναι")]
    [InlineData("ἀἁά", "ααα")]
    [InlineData("Ά Đà", "α da")]
    [InlineData("5 \u212B", "5 a")]
    [InlineData("\u0422\u0440ần", "\u0442\u0440an")] // Cyrillic Тр, Vietnamese ần
    public void Text_beyond_latin_folds_the_same_way(string text, string key) => Assert.Equal(key, Fold.Key(text));

    [Theory]
    [InlineData('Ệ', 'e')]
    [InlineData('Đ', 'd')]
    [InlineData('A', 'a')]
    [InlineData('Ḁ', 'a')]  // first of Latin Extended Additional
    [InlineData('ỹ', 'y')]
    [InlineData('Ω', 'ω')]
    [InlineData('\u212B', 'å')]  // the Ångström sign: lower-cased, one char for one char
    [InlineData('–', '–')]
    [InlineData('\u0300', '\u0300')] // a lone combining mark stays itself
    public void One_char_folds_to_one_char(char c, char folded) => Assert.Equal(folded, Fold.Char(c));

    [Fact]
    public void Same_length_folding_keeps_every_offset()
    {
        const string text = "Ủy ban nhân dân Phường ĐÔNG HẢI — Số 12/TB";
        var folded = Fold.SameLength(text);
        Assert.Equal("uy ban nhan dan phuong dong hai — so 12/tb", folded);
        Assert.Equal(text.IndexOf("ĐÔNG", StringComparison.Ordinal), folded.IndexOf("dong", StringComparison.Ordinal));
    }

    // Vietnamese letters in both cases, ASCII, combining tone marks, Greek, Cyrillic, CJK, typographic punctuation.
    private static readonly char[] Pool =
        [.. "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵÝỲỶỸỴĐ"
         + "0123456789 .,;:-/()|#%\t\n" + "\u0300\u0301\u0302\u0303\u0306\u0309\u031B\u0323\u036F"
         + "ΆάἀἁΩω" + "\u212BÅ" + "Трд" + "中文" + "–—“”…\u00A0\u2000\u200B"];

    /// <summary>The fold by definition: decompose, drop the marks, lower case, đ → d, other characters as one space.</summary>
    private static string ByDecomposition(string s)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in s.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            var ch = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (char.IsLetterOrDigit(ch)) word.Append(ch);
            else if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return string.Join(' ', words);
    }

    [Property(MaxTest = 1000)]
    public Property The_fast_fold_is_the_fold_by_decomposition_and_keeps_lengths_when_asked() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Pool)).Select(cs => new string(cs)).ToArbitrary(), text =>
            Fold.Key(text) == ByDecomposition(text) && Fold.SameLength(text).Length == text.Length);
}
