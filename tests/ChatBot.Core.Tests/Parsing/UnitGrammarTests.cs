using ChatBot.Core.Parsing;
using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>The grammar of unit names: where a name written in a sentence ends, and the canonical name it stands for.</summary>
public class UnitGrammarTests
{
    private static string? Written(string sentence)
    {
        var lower = VietnameseText.LowerInvariant(sentence);
        return UnitGrammar.Read(sentence, lower, 0)?.Name;
    }

    private static string Canonical(string written) => UnitNames.Canonical(written, "phường", Abbreviations.BuiltIn);

    [Theory]
    // Session 21: companies, corporations and groups as subjects.
    [InlineData("Tổng công ty Cấp nước Sài Gòn khẩn trương thay thế đường ống.", "Tổng công ty Cấp nước Sài Gòn")]
    [InlineData("Tập đoàn Viễn thông Quân đội hỗ trợ lắp đặt trạm phát sóng.", "Tập đoàn Viễn thông Quân đội")]
    [InlineData("Tổng công ty Đường sắt Việt Nam rà soát các lối đi tự mở.", "Tổng công ty Đường sắt Việt Nam")]
    // Offices and departments: the name stops at the verb.
    [InlineData("Phòng Kinh tế rà soát hồ sơ.", "Phòng Kinh tế")]
    [InlineData("Phòng Kinh tế, Hạ tầng và Đô thị kiểm tra công trình.", "Phòng Kinh tế, Hạ tầng và Đô thị")]
    [InlineData("Phòng Nông nghiệp và Phát triển nông thôn huyện hướng dẫn Nhân dân.", "Phòng Nông nghiệp và Phát triển nông thôn huyện")]
    [InlineData("Văn phòng HĐND và UBND phường tổng hợp kết quả.", "Văn phòng HĐND và UBND phường")]
    [InlineData("Trung tâm Phục vụ hành chính công tiếp nhận hồ sơ.", "Trung tâm Phục vụ hành chính công")]
    [InlineData("Trung tâm Dịch vụ tổng hợp phường tổng hợp số liệu.", "Trung tâm Dịch vụ tổng hợp phường")]
    [InlineData("Ban Quản lý dự án đầu tư - Hạ tầng rà soát phạm vi.", "Ban Quản lý dự án đầu tư - Hạ tầng")]
    [InlineData("Ban Chỉ đạo Chăm sóc sức khỏe Nhân dân huyện theo dõi.", "Ban Chỉ đạo Chăm sóc sức khỏe Nhân dân huyện")]
    [InlineData("Ủy ban Kiểm tra Đảng ủy phường xây dựng kế hoạch.", "Ủy ban Kiểm tra Đảng ủy phường")]
    [InlineData("Ban Kinh tế - Ngân sách HĐND phường khảo sát.", "Ban Kinh tế - Ngân sách HĐND phường")]
    [InlineData("Thường trực HĐND phường duy trì tiếp công dân.", "Thường trực HĐND phường")]
    // Units that stand with their level, and higher-level addressees with a proper name.
    [InlineData("Công an xã chủ trì tuần tra.", "Công an xã")]
    [InlineData("UBND huyện Cam Lộ có văn bản trả lời.", "UBND huyện Cam Lộ")]
    [InlineData("Ủy ban nhân dân các xã, thị trấn quán triệt kế hoạch.", "Ủy ban nhân dân các xã, thị trấn")]
    [InlineData("Sở Tài nguyên và Môi trường chủ trì khảo sát.", "Sở Tài nguyên và Môi trường")]
    [InlineData("Phòng Tài chính - Kế hoạch Thành phố thẩm định kinh phí.", "Phòng Tài chính - Kế hoạch Thành phố")]
    [InlineData("Thanh tra tỉnh theo dõi, đôn đốc.", "Thanh tra tỉnh")]
    [InlineData("UBMTTQ Việt Nam xã vận động Nhân dân.", "UBMTTQ Việt Nam xã")]
    [InlineData("Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội vận động.", "Ủy ban MTTQ Việt Nam phường")]
    // Lower-case headings and names.
    [InlineData("trạm y tế xã tổ chức tiêm chủng.", "Trạm y tế xã")]
    [InlineData("phòng văn hóa - xã hội phối hợp thực hiện.", "Phòng văn hóa - xã hội")]
    [InlineData("các tổ dân phố tăng cường kiểm tra.", "Các tổ dân phố")]
    [InlineData("các chi bộ trực thuộc rà soát.", "Các chi bộ")]
    // Abbreviated names.
    [InlineData("VP HĐND-UBND phường tổng hợp kiến nghị.", "VP HĐND-UBND phường")]
    [InlineData("TT PVHCC rà soát hồ sơ.", "TT PVHCC")]
    [InlineData("CA phường chủ trì xây dựng phương án.", "CA phường")]
    [InlineData("Phòng KT, HT&ĐT phường kiểm tra.", "Phòng KT, HT&ĐT phường")]
    [InlineData("BCH Quân sự phường chuẩn bị lực lượng.", "BCH Quân sự phường")]
    [InlineData("phòng NN&PTNT tham mưu, đề xuất.", "Phòng NN&PTNT")]
    // Role holders and people.
    [InlineData("Trưởng các thôn tiếp tục tuyên truyền.", "Trưởng các thôn")]
    [InlineData("Trưởng các khu phố vận động Nhân dân.", "Trưởng các khu phố")]
    [InlineData("Tổ trưởng các tổ dân phố tuyên truyền, vận động.", "Tổ trưởng các tổ dân phố")]
    [InlineData("Tổ trưởng dân phố vận động nhân dân.", "Tổ trưởng dân phố")]
    [InlineData("Công chức Văn hóa - Xã hội phụ trách lĩnh vực lao động tham mưu.", "Công chức Văn hóa - Xã hội")]
    [InlineData("công chức địa chính - xây dựng của hai phường rà soát.", "Công chức địa chính - xây dựng")]
    [InlineData("Bí thư các chi bộ bám sát nghị quyết.", "Bí thư các chi bộ")]
    [InlineData("Các đồng chí PCT UBND phường chủ trì xử lý văn bản.", "Các đồng chí PCT UBND phường")]
    [InlineData("Chủ tịch UBND các xã ven biển chủ động sơ tán.", "Chủ tịch UBND các xã")]
    [InlineData("Hiệu trưởng các trường rà soát việc thu quỹ.", "Hiệu trưởng các trường")]
    [InlineData("các thành viên Ban Chỉ đạo huyện kiểm tra.", "Các thành viên Ban Chỉ đạo huyện")]
    [InlineData("đồng chí Trần Văn Bình, Phó Chủ tịch UBND phường trực tiếp chỉ đạo.", "Trần Văn Bình, Phó Chủ tịch UBND phường")]
    [InlineData("tổ trưởng tổ dân phố Hòa Hiệp 2, Hòa Hiệp 4 mời các hộ dân.", "Tổ trưởng tổ dân phố Hòa Hiệp 2, Hòa Hiệp 4")]
    [InlineData("đồng chí Hà Quốc Việt, Ủy viên UBND phường, Trưởng Công an phường chủ trì xây dựng phương án.", "Hà Quốc Việt, Trưởng Công an phường")]
    [InlineData("đồng chí Lã Thị Hằng - Phó Bí thư Đảng ủy, Chủ tịch UBND xã chỉ đạo.", "Lã Thị Hằng, Phó Bí thư Đảng ủy")]
    [InlineData("đồng chí Kha Văn Tú, Ủy viên UBND phường theo dõi.", "Kha Văn Tú, Ủy viên UBND phường")]
    // Every unit of the body.
    [InlineData("Các phòng, ban, đơn vị thuộc UBND phường tăng cường theo dõi.", "Các phòng, ban, đơn vị thuộc UBND phường")]
    [InlineData("các cơ quan, đơn vị có liên quan rà soát nhu cầu.", "Các cơ quan, đơn vị có liên quan")]
    [InlineData("Thủ trưởng các sở, ban, ngành tỉnh nghiêm túc thực hiện.", "Thủ trưởng các sở, ban, ngành tỉnh")]
    public void A_name_written_in_a_sentence_ends_before_its_verb(string sentence, string written) =>
        Assert.Equal(written, Written(sentence));

    [Fact]
    public void A_persons_second_title_is_not_a_cooperating_unit()
    {
        var task = NoticeParser.Parse("THÔNG BÁO\n\n1. Phân công đồng chí Hà Quốc Việt, Ủy viên UBND phường, Trưởng Công an phường chủ trì xây dựng phương án bảo đảm an ninh.\n").Tasks.Single();
        Assert.Equal(("Hà Quốc Việt, Trưởng Công an phường", 0), (task.Unit, task.Cooperating.Count));
    }

    [Theory]
    // Ordinary words that start like a unit's head are not units.
    [InlineData("phòng, chống dịch bệnh trên địa bàn.")]
    [InlineData("phòng cháy, chữa cháy tại khu dân cư.")]
    [InlineData("ban hành quy chế làm việc.")]
    [InlineData("hội nghị sơ kết 6 tháng.")]
    [InlineData("tổ chức hội nghị tập huấn.")]
    [InlineData("trường hợp vi phạm mới phát sinh.")]
    [InlineData("công an vào cuộc xác minh.")]
    [InlineData("Cán bộ, công chức nêu cao tinh thần tự học.")]
    [InlineData("Quân sự: Triển khai kế hoạch huấn luyện.")]
    [InlineData("Công tác Tổ chức: Hướng dẫn các chi bộ.")]
    [InlineData("Báo cáo kết quả về UBND phường.")]
    [InlineData("Thu, chi ngân sách đúng quy định.")]
    public void An_ordinary_word_is_not_read_as_a_unit(string sentence) =>
        Assert.Null(Written(sentence));

    [Theory]
    [InlineData("VP HĐND-UBND", "Văn phòng HĐND và UBND phường")]
    [InlineData("VP HĐND-UBND phường", "Văn phòng HĐND và UBND phường")]
    [InlineData("Văn phòng HĐND & UBND phường", "Văn phòng HĐND và UBND phường")]
    [InlineData("TT PVHCC", "Trung tâm Phục vụ hành chính công")]
    [InlineData("TT DVSNC", "Trung tâm Dịch vụ sự nghiệp công")]
    [InlineData("CA phường", "Công an phường")]
    [InlineData("CA", "Công an phường")]
    [InlineData("Phòng KT, HT&ĐT", "Phòng Kinh tế, Hạ tầng và Đô thị")]
    [InlineData("Phòng VH-XH", "Phòng Văn hóa - Xã hội")]
    [InlineData("Phòng VH - XH", "Phòng Văn hóa - Xã hội")]
    [InlineData("BCH Quân sự phường", "Ban Chỉ huy Quân sự phường")]
    [InlineData("BCHQS phường", "Ban Chỉ huy Quân sự phường")]
    [InlineData("UBMTTQ Việt Nam xã", "Ủy ban MTTQ Việt Nam xã")]
    [InlineData("Phòng NN&PTNT", "Phòng Nông nghiệp và Phát triển nông thôn")]
    [InlineData("Phòng LĐ-TB&XH", "Phòng Lao động - Thương binh và Xã hội")]
    [InlineData("Sở TT&TT", "Sở Thông tin và Truyền thông")]
    [InlineData("Phòng GD&ĐT", "Phòng Giáo dục và Đào tạo")]
    [InlineData("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn")]
    [InlineData("Các đồng chí PCT UBND phường", "Các Phó Chủ tịch UBND phường")]
    [InlineData("BQLDA phường", "Ban Quản lý dự án phường")]
    [InlineData("Ban Chỉ huy PCTT&TKCN huyện", "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn huyện")]
    [InlineData("Ban Chỉ huy PCTT và TKCN phường", "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn phường")]
    [InlineData("BCĐ ATTP xã", "Ban Chỉ đạo An toàn thực phẩm xã")]
    [InlineData("Ban ATGT thị xã", "Ban An toàn giao thông thị xã")]
    [InlineData("Đội PCCC&CNCH", "Đội Phòng cháy, chữa cháy và cứu nạn, cứu hộ")]
    [InlineData("Ban Chỉ đạo CCHC huyện", "Ban Chỉ đạo Cải cách hành chính huyện")]
    [InlineData("Tổ công tác CĐS phường", "Tổ công tác Chuyển đổi số phường")]
    [InlineData("Hội đồng BT, HT&TĐC huyện", "Hội đồng Bồi thường, hỗ trợ và tái định cư huyện")]
    [InlineData("Tổ GPMB", "Tổ Giải phóng mặt bằng")]
    // Session 21: outside bodies' abbreviations, by kind (Phòng/Đội/Trung tâm + initialism; "P." for Phòng).
    [InlineData("Phòng CSGT Công an tỉnh", "Phòng Cảnh sát giao thông Công an tỉnh")]
    [InlineData("Đội CSGT số 3", "Đội Cảnh sát giao thông số 3")]
    [InlineData("Phòng CSGT", "Phòng Cảnh sát giao thông")]
    [InlineData("Đội TTĐT phường", "Đội Quản lý trật tự đô thị phường")]
    [InlineData("Đội QLTTĐT xã", "Đội Quản lý trật tự đô thị xã")]
    [InlineData("Đội TTXD quận", "Đội Thanh tra xây dựng quận")]
    [InlineData("Hội CTĐ phường", "Hội Chữ thập đỏ phường")]
    [InlineData("Phòng CS PCCC&CNCH", "Phòng Cảnh sát Phòng cháy, chữa cháy và cứu nạn, cứu hộ")]
    [InlineData("Trung tâm YT huyện", "Trung tâm Y tế huyện")]
    [InlineData("P.KT-HT-ĐT", "Phòng Kinh tế, Hạ tầng và Đô thị")]
    [InlineData("P.VH-XH", "Phòng Văn hóa - Xã hội")]
    [InlineData("P. TC-KH huyện", "Phòng Tài chính - Kế hoạch huyện")]
    // Nothing to expand: the written form is the name.
    [InlineData("Trạm Y tế phường", "Trạm Y tế phường")]
    [InlineData("Công an xã", "Công an xã")]
    public void An_abbreviation_is_spelled_out_from_the_dictionary(string written, string canonical) =>
        Assert.Equal(canonical, Canonical(written));

    [Theory]
    [InlineData("ca trực đêm")] // "ca" in lower case is a shift, not the police
    [InlineData("tt")]
    public void A_lower_case_look_alike_is_not_expanded(string written) =>
        Assert.Equal(VietnameseText.UpperFirst(written), Canonical(written));

    [Fact]
    public void A_ward_alias_expands_like_an_abbreviation()
    {
        var withWard = Abbreviations.BuiltIn.With([new DirectoryUnit("7", "Phòng Kinh tế, Hạ tầng và Đô thị", ["P.KTHTĐT"])]);
        Assert.Equal("Phòng Kinh tế, Hạ tầng và Đô thị", withWard.Expand("P.KTHTĐT", "phường"));
    }

    [Fact]
    public void Every_row_of_the_data_files_is_read()
    {
        Assert.Contains("văn phòng", UnitLexicon.Default.Heads);
        Assert.Contains("tổ dân phố", UnitLexicon.Default.Community);
        Assert.Contains("phường", UnitLexicon.Default.Levels);
        Assert.Equal("Trung tâm Phục vụ hành chính công", Abbreviations.BuiltIn.Expand("TT PVHCC", null));
    }
}
