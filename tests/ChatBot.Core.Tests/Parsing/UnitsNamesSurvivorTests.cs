using ChatBot.Core.Parsing;
using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 27 (issue 10, Core ≥ 80 % under mutation): rows for a unit's written form → its name (<see cref="UnitNames"/>),
/// the abbreviation dictionary and the short names a notice defines (<see cref="Abbreviations"/>), and abbreviations typed
/// in lower case (<see cref="AbbreviationCase"/>), as ward notices write them (docs/TESTING.md, the Parsing/Units row).
/// </summary>
public class UnitsNamesSurvivorTests
{
    [Theory]
    // Leads, trailing punctuation and spaces go; the first letter is a capital.
    [InlineData("giao cho Phòng Kinh tế,", "Phòng Kinh tế")]
    [InlineData("Đề nghị đồng chí Trưởng Công an phường:", "Trưởng Công an phường")]
    [InlineData("Kính đề nghị Sở Y tế.", "Sở Y tế")]
    [InlineData("yêu cầu Công an phường", "Công an phường")]
    [InlineData("Đối với Phòng Tư pháp -", "Phòng Tư pháp")]
    [InlineData("Đ/c Trần Văn An", "Trần Văn An")]
    [InlineData("Giao Phòng Tư pháp", "Phòng Tư pháp")]
    [InlineData("Phòng Tư pháp;", "Phòng Tư pháp")]
    [InlineData("Phòng Tư pháp –", "Phòng Tư pháp")]
    [InlineData("Yêu cầu Công an phường", "Công an phường")]
    [InlineData("đồng chí đồng chí Trần Văn An", "Trần Văn An")]
    [InlineData("Giao", "Giao")]
    [InlineData("Phòng   Kinh tế", "Phòng Kinh tế")]
    [InlineData("Phòng\nKinh tế", "Phòng Kinh tế")]
    [InlineData("Công an phường (", "Công an phường")]
    // A heading in capitals in sentence case, abbreviations (and words without a vowel) kept; a dot after one is a space.
    [InlineData("BAN CHỈ HUY QUÂN SỰ PHƯỜNG", "Ban chỉ huy quân sự phường")]
    [InlineData("BAN CHQS PHƯỜNG", "Ban CHQS phường")]
    [InlineData("ĐỘI PCCC VÀ CNCH PHƯỜNG", "Đội PCCC và CNCH phường")]
    [InlineData("VP. HĐND-UBND", "VP HĐND-UBND")]
    [InlineData("TT.PVHCC", "TT PVHCC")]
    [InlineData("a.b", "A.b")]
    public void A_written_form_is_tidied(string written, string tidy) =>
        Assert.Equal(tidy, UnitNames.Tidy(written));

    [Theory]
    // Places in the plural are their governments; "xã hội" and "cấp" are no level.
    [InlineData("Các xã, thị trấn", "UBND các xã, thị trấn")]
    [InlineData("các phường còn lại", "UBND các phường còn lại")]
    [InlineData("Các xã hội", "Các xã hội")]
    [InlineData("Các cấp ủy", "Các cấp ủy")]
    // "P." or "P" before an abbreviation is "Phòng"; before a word it stays.
    [InlineData("P KT-HT-ĐT", "Phòng Kinh tế, Hạ tầng và Đô thị")]
    [InlineData("P. VH-XH", "Phòng Văn hóa - Xã hội")]
    [InlineData("P.Văn hóa", "Phòng Văn hóa")]
    // "đồng chí" goes from a plural of holders, except where the noun names them.
    [InlineData("Các đ/c PCT UBND phường", "Các Phó Chủ tịch UBND phường")]
    [InlineData("Các đồng chí được phân công chỉ đạo các thôn", "Các đồng chí được phân công chỉ đạo các thôn")]
    [InlineData("Các đồng chí trong Ban Thường vụ Đảng ủy", "Các đồng chí trong Ban Thường vụ Đảng ủy")]
    // Levels joined by a dash are a list; councils in capitals; "&" is "và"; the issuing level fills "{cấp}".
    [InlineData("UBND các xã - thị trấn", "UBND các xã, thị trấn")]
    [InlineData("UBND các huyện - thị xã", "UBND các huyện, thị xã")]
    [InlineData("UBND các quận - huyện", "UBND các quận, huyện")]
    [InlineData("UBND các phường - thị trấn", "UBND các phường, thị trấn")]
    [InlineData("UBND các xã - phường", "UBND các xã, phường")]
    [InlineData("UBND các phường - xã", "UBND các phường, xã")]
    [InlineData("UBND các thị xã - thành phố", "UBND các thị xã, thành phố")]
    [InlineData("UBND các huyện - thành phố", "UBND các huyện, thành phố")]
    [InlineData("Thường trực ubmttq phường", "Thường trực UBMTTQ phường")]
    [InlineData("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội")]
    [InlineData("Ban công tác mttq khu phố", "Ban công tác MTTQ khu phố")]
    [InlineData("Ủy ban mặt trận tổ quốc phường", "Ủy ban MTTQ phường")]
    [InlineData("Ủy ban nhân dân phường", "UBND phường")]
    [InlineData("Phòng Kinh tế & Hạ tầng", "Phòng Kinh tế và Hạ tầng")]
    [InlineData("Phòng KT&HT", "Phòng Kinh tế - Hạ tầng")]
    [InlineData("TT PVHCC phường", "Trung tâm Phục vụ hành chính công phường")]
    [InlineData("CA thị xã", "Công an thị xã")]
    [InlineData("CA xã/thị trấn", "Công an xã/thị trấn")]
    [InlineData("TYT xã/phường", "Trạm Y tế xã/phường")]
    [InlineData("Ban CHQS phường", "Ban Chỉ huy Quân sự phường")]
    [InlineData("UBMTTQ phường", "Ủy ban MTTQ phường")]
    [InlineData("Thường trực hđnd", "Thường trực HĐND")]
    [InlineData("Phòng hđnd2", "Phòng HĐND2")]
    [InlineData("hđnd phường", "Hđnd phường")]
    public void A_written_form_gets_its_canonical_name(string written, string canonical) =>
        Assert.Equal(canonical, UnitNames.Canonical(written, "phường", Abbreviations.BuiltIn));

    [Theory]
    [InlineData("CA", "Công an")]
    [InlineData("VP HĐND-UBND", "Văn phòng HĐND và UBND")]
    public void Without_a_level_the_slot_is_left_out(string written, string canonical) =>
        Assert.Equal(canonical, UnitNames.Canonical(written, null, Abbreviations.BuiltIn));

    [Theory]
    [InlineData("vp hdnd ubnd", "van phong hdnd va ubnd")]
    [InlineData("tt pvhcc", "trung tam phuc vu hanh chinh cong")]
    [InlineData("phong kt ht va dt", "phong kinh te ha tang va do thi")]
    [InlineData("phong kt ht dt", "phong kinh te ha tang va do thi")]
    [InlineData("ca phuong", "cong an phuong")]
    [InlineData("bch qs phuong", "ban chi huy quan su phuong")]
    [InlineData("ubnd xa", "ubnd xa")]
    [InlineData("ld tb va xh", "lao dong thuong binh va xa hoi")]
    [InlineData("vp", "van phong")]
    [InlineData("", "")]
    public void A_folded_name_is_spelled_out_in_any_case(string folded, string expanded) =>
        Assert.Equal(expanded, Abbreviations.BuiltIn.ExpandFolded(folded));

    [Theory]
    [InlineData("P.KTHTĐT", "Phòng Kinh tế, Hạ tầng và Đô thị")]
    [InlineData("p.kthtđt", "p.kthtđt")]
    public void A_directory_alias_in_capitals_expands(string written, string expanded) =>
        Assert.Equal(expanded, Abbreviations.BuiltIn.With([new DirectoryUnit("7", "Phòng Kinh tế, Hạ tầng và Đô thị", [written])]).Expand(written, "phường"));

    [Theory]
    // A short name in brackets stands for the capitalised words before it whose initials spell it, one word a letter;
    // the notice's level after the bracket joins it.
    [InlineData("Ban chỉ đạo phòng chống dịch bệnh (BCĐ PCDB) phường họp.", "BCĐ PCDB", "phường", true, "Ban chỉ đạo phòng chống dịch bệnh phường")]
    [InlineData("Ban chỉ đạo phòng chống dịch bệnh (BCĐ PCDB) phường họp.", "BCĐ PCDB", null, true, "Ban chỉ đạo phòng chống dịch bệnh")]
    [InlineData("Ban chỉ đạo phòng chống dịch bệnh (BCĐ PCDB) xã họp.", "BCĐ PCDB", "phường", true, "Ban chỉ đạo phòng chống dịch bệnh")]
    [InlineData("Tổ công tác đặc biệt (TCTĐB) họp.", "TCTĐB", "phường", true, "Tổ công tác đặc biệt")]
    [InlineData("Tổ công tác đặc biệt (TCTĐB)(x) họp.", "TCTĐB", "phường", true, "Tổ công tác đặc biệt")]
    [InlineData("Tổ công tác đặc biệt (TCT ĐB) họp.", "TCT ĐB", "phường", true, "Tổ công tác đặc biệt")]
    [InlineData("Ban Quản lý dự án đầu tư xây dựng (BQLDA ĐTXD) thị xã báo cáo.", "BQLDA ĐTXD thị xã", "phường", true, "Ban Quản lý dự án đầu tư xây dựng thị xã")]
    [InlineData("tổ công tác đặc biệt (TCTĐB) họp.", "TCTĐB", "phường", false, "TCTĐB")]
    [InlineData("Tổ công tác đặc biệt (TCTĐC) họp.", "TCTĐC", "phường", false, "TCTĐC")]
    [InlineData("Tổ công tác đặc biệt (TCTĐb) họp.", "TCTĐb", "phường", false, "TCTĐb")]
    [InlineData("Tổ công tác đặc biệt (TCT1) họp.", "TCT1", "phường", false, "TCT1")]
    [InlineData("Ban Quản lý dự án (BQLDA) họp.", "BQLDA", "phường", false, "Ban Quản lý dự án")]
    [InlineData("Không có gì (ABC) ở đây.", "ABC", "phường", false, "ABC")]
    // A party to the works named in brackets after its part, or after a colon in a list of those present.
    [InlineData("Làm việc với đơn vị tư vấn giám sát (Công ty TNHH Tư vấn Minh Long) về chất lượng.", "đơn vị tư vấn giám sát", "phường", true, "Công ty TNHH Tư vấn Minh Long")]
    [InlineData("Làm việc với đơn vị tư vấn giám sát (công ty Minh Long) về chất lượng.", "đơn vị tư vấn giám sát", "phường", false, "Đơn vị tư vấn giám sát")]
    [InlineData("Làm việc với nhà thầu (Công ty CP Xây dựng Số 5; chi nhánh) về chất lượng.", "nhà thầu", "phường", false, "Nhà thầu")]
    [InlineData("Làm việc với nhà thầu(Công ty CP Xây dựng Số 5) về chất lượng.", "nhà thầu", "phường", true, "Công ty CP Xây dựng Số 5")]
    [InlineData("Làm việc với chủ đầu tư (Ban Quản lý dự án đầu tư xây dựng khu vực Tây Bắc của thành phố Hồ Chí Minh và các vùng phụ cận) về tiến độ.", "chủ đầu tư", "phường", false, "Chủ đầu tư")]
    [InlineData("Thành phần: 2. Đơn vị thi công: Công ty TNHH Xây dựng Bảo Minh, ông Lê Văn Tài.", "đơn vị thi công", "phường", true, "Công ty TNHH Xây dựng Bảo Minh")]
    [InlineData("Thành phần: 2. Đơn vị thi công: công ty Bảo Minh.", "đơn vị thi công", "phường", false, "Đơn vị thi công")]
    [InlineData("Thành phần: 2. Đơn vị thi công Công ty TNHH Bảo Minh.", "đơn vị thi công", "phường", false, "Đơn vị thi công")]
    [InlineData("Thành phần: 2. Chủ đầu tư: Ban Quản lý dự án quận; 3. Nhà thầu tư vấn: Công ty TNHH Minh Long.", "nhà thầu tư vấn", "phường", true, "Công ty TNHH Minh Long")]
    [InlineData("Thành phần: 2. Chủ đầu tư: Ban Quản lý dự án quận; 3. Nhà thầu tư vấn: Công ty TNHH Minh Long.", "chủ đầu tư", "phường", true, "Ban Quản lý dự án quận")]
    [InlineData("Thành phần: 2. Xchủ đầu tư: Ban Quản lý dự án quận.", "chủ đầu tư", "phường", false, "Chủ đầu tư")]
    [InlineData("Thành phần: Đơn vị thi công: Ông Lê Văn Tài.", "đơn vị thi công", "phường", false, "Đơn vị thi công")]
    public void A_notice_defines_short_names_of_its_own(string text, string written, string? level, bool defines, string canonical)
    {
        var abbreviations = Abbreviations.BuiltIn.WithDefinitions([text], level);
        Assert.Equal((defines, canonical), (abbreviations.Defines, UnitNames.Canonical(written, "phường", abbreviations)));
    }

    [Theory]
    // Joined pairs, a head before one, a capital abbreviation after one, the councils in any case.
    [InlineData("Phòng gd/đt", "Phòng GD/ĐT")]
    [InlineData("Phòng gd&đt", "Phòng GD&ĐT")]
    [InlineData("Phòng GD-đt", "Phòng GD-ĐT")]
    [InlineData("Phòng vh-XH", "Phòng VH-XH")]
    [InlineData("Phòng vh-xhtt", "Phòng VH-xhtt")]
    [InlineData("an-ca", "AN-CA")]
    [InlineData("kt-ht và đt", "KT-HT và ĐT")]
    [InlineData("abc kt-ht và đt", "abc KT-HT và ĐT")]
    [InlineData("Phòng kt-ht và đt; ok", "Phòng KT-HT và ĐT; ok")]
    [InlineData("vp HĐND rà soát", "VP HĐND rà soát")]
    [InlineData("vp  HĐND", "VP  HĐND")]
    [InlineData("Văn phòng hđnd", "Văn phòng HĐND")]
    [InlineData("Hđnd phường", "HĐND phường")]
    [InlineData("ubmttq phường", "UBMTTQ phường")]
    [InlineData("mttq phường", "MTTQ phường")]
    [InlineData("Phòng tckh và Ubnd phường", "Phòng TCKH và UBND phường")]
    [InlineData("Trung tâm pvhcc và Ubnd phường", "Trung tâm PVHCC và UBND phường")]
    [InlineData("Ban atgt và Ubnd phường", "Ban ATGT và UBND phường")]
    [InlineData("Đội pccc và Ubnd phường", "Đội PCCC và UBND phường")]
    [InlineData("Phòng tn và Ubnd phường", "Phòng tn và UBND phường")]
    [InlineData("Phòng cn và Ubnd phường", "Phòng cn và UBND phường")]
    // Left as written: no signal in the line, a look-alike with nothing joined, not an abbreviation of the dictionary.
    [InlineData("Phòng vh rà soát", "Phòng vh rà soát")]
    [InlineData("Phòng tckh rà soát", "Phòng tckh rà soát")]
    [InlineData("Trung tâm pvhcc rà soát", "Trung tâm pvhcc rà soát")]
    [InlineData("Ban atgt rà soát", "Ban atgt rà soát")]
    [InlineData("Phòng an rà soát", "Phòng an rà soát")]
    [InlineData("Phòng ca HĐND", "Phòng ca HĐND")]
    [InlineData("Phòng kt và đt", "Phòng kt và đt")]
    [InlineData("xvh-xh", "xvh-xh")]
    [InlineData("Phòng vhxhkt-xh", "Phòng vhxhkt-xh")]
    [InlineData("Nga-Ucraina", "Nga-Ucraina")]
    [InlineData("V/v báo cáo", "V/v báo cáo")]
    [InlineData("Đ/c Hùng", "Đ/c Hùng")]
    [InlineData("Gửi văn bản về ubnd và đt cho cán bộ trực.", "Gửi văn bản về UBND và đt cho cán bộ trực.")]
    [InlineData("Ubnd phường bố trí ca-nô cứu hộ.", "UBND phường bố trí ca-nô cứu hộ.")]
    public void A_lower_case_abbreviation_is_written_in_capitals_only_where_the_line_says_so(string line, string expected)
    {
        Assert.Equal(expected, AbbreviationCase.Apply(line));
        if (expected != line) Assert.True(AbbreviationCase.MayApply(line)); // a change is made only where the notice shows a signal
    }

    [Theory]
    [InlineData("Phòng vh-xh", true)]
    [InlineData("ubnd", true)]
    [InlineData("Vp HĐND", true)]
    [InlineData("Mttq", true)]
    [InlineData("Phòng Văn hóa", false)]
    [InlineData("Phòng VH-XH", false)]
    [InlineData("xã Ttq", false)]
    public void A_notice_is_looked_at_only_with_a_signal(string text, bool may) =>
        Assert.Equal(may, AbbreviationCase.MayApply(text));
}
