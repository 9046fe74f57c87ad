using ChatBot.Core.Parsing;
using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Session 27 (issue 10, Core ≥ 80 % under mutation): rows for the unit grammar's readers that the corpus and the kinds
/// tests left unpinned (docs/TESTING.md, "Mutation testing", the Parsing/Units row). Each row is a unit as ward notices
/// write it, with the name, the kind and the end the grammar reads; a mutant of the reader that changes any of them is red.
/// </summary>
public class UnitsGrammarSurvivorTests
{
    private static string Read(string sentence, int at = 0)
    {
        var lower = VietnameseText.LowerInvariant(sentence);
        return UnitGrammar.Read(sentence, lower, at) is { } m ? $"{m.Name} [{m.Kind}] {sentence[m.Start..m.End]}" : "none";
    }

    // The written span is shown after the kind only where it differs from the name: most rows read "Name [Kind]".
    private static string Shown(string sentence, int at = 0)
    {
        var read = Read(sentence, at);
        if (read == "none") return read;
        var close = read.IndexOf("] ", StringComparison.Ordinal);
        var name = read[..read.IndexOf(" [", StringComparison.Ordinal)];
        return read[(close + 2)..] == name ? read[..(close + 1)] : read;
    }

    [Theory]
    // Officials named by the places they are assigned to: only a plural place closes the name.
    [InlineData("Các đồng chí được phân công chỉ đạo các thôn rà soát danh sách.", "Các đồng chí được phân công chỉ đạo các thôn [Role]")]
    [InlineData("Các đ/c cán bộ được giao phụ trách địa bàn các tổ dân phố kiểm tra.", "Các đồng chí cán bộ được giao phụ trách địa bàn các tổ dân phố [Role] Các đ/c cán bộ được giao phụ trách địa bàn các tổ dân phố")]
    [InlineData("Công chức được giao theo dõi các khu phố tổng hợp.", "Công chức được giao theo dõi các khu phố [Role]")]
    [InlineData("Đồng chí được phân công bám sát các thôn báo cáo.", "Đồng chí được phân công bám sát các thôn [Role]")]
    [InlineData("cán bộ được giao nhiệm vụ kiểm tra hồ sơ.", "none")]
    // The members of a body.
    [InlineData("các đồng chí trong Ban Thường vụ Đảng ủy phân công nhau.", "Các đồng chí trong Ban Thường vụ Đảng ủy [Role] các đồng chí trong Ban Thường vụ Đảng ủy")]
    [InlineData("Các đồng chí thành viên trong Ban Chỉ đạo phường kiểm tra.", "Các đồng chí trong Ban Chỉ đạo phường [Role] Các đồng chí thành viên trong Ban Chỉ đạo phường")]
    // A body whose standing member is named in brackets.
    [InlineData("Đoàn kiểm tra liên ngành (Phòng KT, HT&ĐT là thường trực) kiểm tra các cơ sở.", "Đoàn kiểm tra liên ngành [Organisation] Đoàn kiểm tra liên ngành (Phòng KT, HT&ĐT là thường trực)")]
    [InlineData("Tổ công tác (Công an phường là thường trực) tuần tra.", "Tổ công tác [Organisation] Tổ công tác (Công an phường là thường trực)")]
    // Parties to the works, by their part and the name in brackets.
    [InlineData("Nhà thầu thi công (Công ty TNHH Xây dựng Minh Phát) khẩn trương hoàn thiện.", "Công ty TNHH Xây dựng Minh Phát [Organisation] Nhà thầu thi công (Công ty TNHH Xây dựng Minh Phát)")]
    [InlineData("Chủ đầu tư (Ban Quản lý dự án đầu tư xây dựng phường) nghiệm thu.", "Ban Quản lý dự án đầu tư xây dựng phường [Organisation] Chủ đầu tư (Ban Quản lý dự án đầu tư xây dựng phường)")]
    [InlineData("Đơn vị tư vấn giám sát bố trí cán bộ thường xuyên.", "Đơn vị tư vấn giám sát [Organisation]")]
    [InlineData("Nhà thầu thi công khẩn trương.", "Nhà thầu thi công [Organisation]")]
    [InlineData("Chủ đầu tư phối hợp.", "Chủ đầu tư [Organisation]")]
    [InlineData("nhà thầu khẩn trương thi công.", "none")]
    // Courtesy: "Quý" + a head, capital Q only, the head a whole word.
    [InlineData("Quý Sở quan tâm hỗ trợ.", "Quý sở [Organisation] Quý Sở")]
    [InlineData("Quý cơ quan phối hợp.", "Quý cơ quan [Organisation]")]
    [InlineData("quý sở quan tâm.", "none")]
    [InlineData("Quý Sởi quan tâm.", "none")]
    // The body after "là", the force of a body, a member's title before the office.
    [InlineData("Cơ quan thường trực là Trạm Y tế phường theo dõi.", "Trạm Y tế phường [Organisation] Cơ quan thường trực là Trạm Y tế phường")]
    [InlineData("Đơn vị chủ trì là Phòng Văn hóa - Xã hội tổng hợp.", "Phòng Văn hóa - Xã hội [Organisation] Đơn vị chủ trì là Phòng Văn hóa - Xã hội")]
    [InlineData("Lực lượng Công an phường tăng cường tuần tra.", "Công an phường [Organisation] Lực lượng Công an phường")]
    [InlineData("Đảng ủy viên, Trưởng Công an phường chỉ đạo.", "Công an phường [Organisation] Trưởng Công an phường")]
    // Plural levels and their qualifiers; a level noun; the governments of places.
    [InlineData("các xã còn lại triển khai.", "Các xã còn lại [Organisation] các xã còn lại")]
    [InlineData("các xã, phường có rừng rà soát.", "Các xã, phường có rừng [Organisation] các xã, phường có rừng")]
    [InlineData("các xã, thị trấn ven biển sơ tán.", "Các xã, thị trấn ven biển [Organisation] các xã, thị trấn ven biển")]
    [InlineData("Cấp tỉnh hướng dẫn.", "UBND các tỉnh [Organisation] Cấp tỉnh")]
    [InlineData("Cấp xã hội hóa nguồn lực.", "none")]
    [InlineData("Cấp ủy, chính quyền các thôn tuyên truyền.", "Cấp ủy, chính quyền các thôn [Organisation]")]
    [InlineData("chính quyền các phường quán triệt.", "UBND các phường [Organisation] chính quyền các phường")]
    [InlineData("Cấp ủy và chính quyền các xã lãnh đạo.", "UBND các xã [Organisation] Cấp ủy và chính quyền các xã")]
    // People: the title after a dash, in brackets, up to a label's colon.
    [InlineData("ông Lê Quang Hiếu - Chủ tịch UBND xã chỉ đạo.", "Lê Quang Hiếu, Chủ tịch UBND xã [Person] ông Lê Quang Hiếu - Chủ tịch UBND xã")]
    [InlineData("bà Lò Thị Xuân (Trưởng Công an phường, Phó Trưởng ban) hướng dẫn.", "Lò Thị Xuân, Trưởng Công an phường [Person] bà Lò Thị Xuân (Trưởng Công an phường, Phó Trưởng ban)")]
    [InlineData("Đ/c Nguyễn Văn Hùng, Phó Chủ tịch UBND phường, Phó Trưởng ban thường trực: chỉ đạo chung.", "Nguyễn Văn Hùng, Phó Chủ tịch UBND phường [Person] Đ/c Nguyễn Văn Hùng, Phó Chủ tịch UBND phường, Phó Trưởng ban thường trực")]
    [InlineData("đ/c: Nguyễn Văn Hùng chỉ đạo.", "Nguyễn Văn Hùng [Person] đ/c: Nguyễn Văn Hùng")]
    // Role holders.
    [InlineData("Các vị đại biểu HĐND phường tiếp xúc cử tri.", "Các đại biểu HĐND phường [Role] Các vị đại biểu HĐND phường")]
    [InlineData("Giám đốc các trung tâm thực hiện.", "Giám đốc các trung tâm [Role]")]
    [InlineData("Giám đốc các đơn vị: Trung tâm Y tế huyện, Đài Truyền thanh thực hiện.", "Trung tâm Y tế huyện [Organisation] Giám đốc các đơn vị: Trung tâm Y tế huyện")]
    [InlineData("Thủ trưởng các đơn vị: Phòng Kinh tế, Phòng Tư pháp thực hiện.", "Phòng Kinh tế [Organisation] Thủ trưởng các đơn vị: Phòng Kinh tế")]
    [InlineData("Cán bộ phụ trách giáo dục rà soát.", "Cán bộ phụ trách giáo dục [Role]")]
    [InlineData("công chức phụ trách tư pháp - hộ tịch rà soát.", "Công chức phụ trách tư pháp - hộ tịch [Role] công chức phụ trách tư pháp - hộ tịch")]
    [InlineData("cán bộ phụ trách địa bàn rà soát.", "none")]
    [InlineData("Tổ trưởng, tổ phó các tổ dân phố tuyên truyền.", "Tổ trưởng các tổ dân phố [Role] Tổ trưởng, tổ phó các tổ dân phố")]
    [InlineData("Bí thư chi bộ, trưởng thôn các thôn vận động.", "Bí thư chi bộ các thôn [Role] Bí thư chi bộ, trưởng thôn các thôn")]
    [InlineData("Chánh Văn phòng HĐND và UBND phường tổng hợp.", "Văn phòng HĐND và UBND phường [Organisation] Chánh Văn phòng HĐND và UBND phường")]
    [InlineData("Chủ tịch Hội Nông dân xã vận động.", "Hội Nông dân xã [Organisation] Chủ tịch Hội Nông dân xã")]
    [InlineData("Bí thư Đoàn phường phát động.", "Đoàn phường [Organisation] Bí thư Đoàn phường")]
    [InlineData("Phó Chủ tịch UBND phường Nguyễn Huy Vinh chỉ đạo.", "Phó Chủ tịch UBND phường Nguyễn Huy Vinh [Role]")]
    [InlineData("Chủ tịch UBND phường chỉ đạo.", "Chủ tịch UBND phường [Role]")]
    [InlineData("Các Phó Chủ tịch chỉ đạo.", "Các Phó Chủ tịch [Role]")]
    [InlineData("Phó Chủ tịch xã chỉ đạo.", "Phó Chủ tịch xã [Role]")]
    [InlineData("Ủy viên UBND phường theo dõi.", "Ủy viên UBND phường [Role]")]
    // Every unit, and where it is one kind of unit instead.
    [InlineData("Giám đốc các sở, ban, ngành thực hiện.", "Giám đốc các sở, ban, ngành [AllUnits]")]
    [InlineData("các địa phương chủ động.", "Các địa phương [Organisation] các địa phương")]
    [InlineData("các cơ quan, đơn vị và Ban Nhân dân các khu phố thực hiện.", "Các cơ quan, đơn vị [AllUnits] các cơ quan, đơn vị")]
    [InlineData("các Ban HĐND phường giám sát.", "Các Ban HĐND phường [Organisation] các Ban HĐND phường")]
    [InlineData("Tất cả các cơ quan, đơn vị trên địa bàn thực hiện.", "Tất cả các cơ quan, đơn vị trên địa bàn [AllUnits]")]
    [InlineData("các sở, ban, ngành TP thực hiện.", "Các sở, ban, ngành TP [AllUnits] các sở, ban, ngành TP")]
    [InlineData("các phòng/ban chuyên môn thực hiện.", "Các phòng/ban chuyên môn [AllUnits] các phòng/ban chuyên môn")]
    [InlineData("các phòng; các ban thực hiện.", "Các phòng; các ban [AllUnits] các phòng; các ban")]
    // Communities: counted, alternatives, named, numbered; "tổ" alone is no unit.
    [InlineData("21 tổ dân phố tuyên truyền.", "Các tổ dân phố [Community] 21 tổ dân phố")]
    [InlineData("12 khu phố ra quân.", "Các khu phố [Community] 12 khu phố")]
    [InlineData("01 tổ cấp cứu trực.", "none")]
    [InlineData("5 Tổ dân phố Hòa Hiệp tuyên truyền.", "none")]
    [InlineData("các thôn/khóm/ấp vận động.", "Các thôn/khóm/ấp [Community] các thôn/khóm/ấp")]
    [InlineData("thôn Tân Xuân vận động.", "Thôn Tân Xuân [Community] thôn Tân Xuân")]
    [InlineData("tổ dân phố số 5 vận động.", "Tổ dân phố số 5 [Community] tổ dân phố số 5")]
    [InlineData("tổ trực.", "none")]
    [InlineData("các tổ tuyên truyền.", "Các tổ [Community] các tổ")]
    // Organisations: abbreviations with a dot, the plain Office on a routing slip, plurals, a briefing.
    [InlineData("VP: theo dõi, tổng hợp.", "VP HĐND-UBND [Organisation] VP")]
    [InlineData("P.KT-HT-ĐT kiểm tra.", "P.KT-HT-ĐT [Organisation]")]
    [InlineData("VP. HĐND-UBND tổng hợp.", "VP HĐND-UBND [Organisation] VP. HĐND-UBND")]
    [InlineData("TT.PVHCC tiếp nhận.", "TT PVHCC [Organisation] TT.PVHCC")]
    [InlineData("Giao ban công tác tuần.", "none")]
    [InlineData("Ban Quản lý chợ Bình Tây rà soát.", "Ban Quản lý chợ Bình Tây [Organisation]")]
    [InlineData("các trường rà soát.", "Các trường [Organisation] các trường")]
    [InlineData("Trung tâm Y tế và Công an phường phối hợp.", "Trung tâm Y tế [Organisation]")]
    [InlineData("HĐND và UBND phường chỉ đạo.", "HĐND và UBND phường [Organisation]")]
    [InlineData("Ban Công tác Mặt trận các khu phố vận động.", "Ban Công tác Mặt trận các khu phố [Organisation]")]
    [InlineData("Chi hội Nông dân thôn Tân Xuân vận động.", "Chi hội Nông dân thôn Tân Xuân [Organisation]")]
    [InlineData("Phòng Kinh tế - Hạ tầng và Đô thị phối hợp.", "Phòng Kinh tế - Hạ tầng và Đô thị [Organisation]")]
    [InlineData("UBND xã Cam Lộc, Cam Phú phối hợp.", "UBND xã Cam Lộc, Cam Phú [Organisation]")]
    [InlineData("Công an huyện, Ban Chỉ huy Quân sự huyện phối hợp.", "Công an huyện [Organisation]")]
    [InlineData("Công an huyện, xã phối hợp.", "Công an huyện, xã [Organisation]")]
    // Session 27's hand sweep: rows for the mutants the first rows left (docs/TESTING.md, the Parsing/Units row).
    [InlineData("tổ công tác (Công an phường là thường trực) tuần tra.", "none")]
    [InlineData("Nhà thầu thi công (ông Nguyễn Văn An) khẩn trương.", "none")]
    [InlineData("các phòng, ban và các đơn vị thực hiện.", "Các phòng, ban và các đơn vị [AllUnits] các phòng, ban và các đơn vị")]
    [InlineData("các đơn vị xã hội hóa thực hiện.", "Các đơn vị [AllUnits] các đơn vị")]
    [InlineData("ông Lê Quang Hiếu – Chủ tịch UBND xã chỉ đạo.", "Lê Quang Hiếu, Chủ tịch UBND xã [Person] ông Lê Quang Hiếu – Chủ tịch UBND xã")]
    [InlineData("Đ/c Nguyễn Văn Hùng, Phó Chủ tịch UBND phường, chỉ đạo các ngành phối hợp tổ chức kiểm tra, xử lý vi phạm trên địa bàn theo kế hoạch: thực hiện.", "Nguyễn Văn Hùng, Phó Chủ tịch UBND phường [Person] Đ/c Nguyễn Văn Hùng, Phó Chủ tịch UBND phường")]
    [InlineData("đồng chí Nguyễn Văn Hùng PCT UBND phường chỉ đạo.", "Nguyễn Văn Hùng [Person] đồng chí Nguyễn Văn Hùng")]
    [InlineData("đồng chí Hùng chỉ đạo.", "none")]
    [InlineData("Phó Chủ tịch xã Nguyễn Văn Bình chỉ đạo.", "Phó Chủ tịch xã Nguyễn Văn Bình [Role]")]
    [InlineData("Các Phó Giám đốc Trung tâm Y tế huyện chỉ đạo.", "Các Phó Giám đốc Trung tâm Y tế huyện [Role]")]
    [InlineData("Bí thư chi bộ và trưởng thôn các thôn vận động.", "Bí thư chi bộ các thôn [Role] Bí thư chi bộ và trưởng thôn các thôn")]
    [InlineData("Cán bộ phụ trách giáo dục của phường rà soát.", "Cán bộ phụ trách giáo dục [Role]")]
    [InlineData("cán bộ phụ trách khu vực 3 rà soát.", "none")]
    [InlineData("cán bộ phụ trách thôn Tân Xuân rà soát.", "none")]
    [InlineData("các hội nghị được tổ chức.", "none")]
    [InlineData("các tổ dân phố phường Bắc Sơn vận động.", "Các tổ dân phố phường Bắc Sơn [Community] các tổ dân phố phường Bắc Sơn")]
    [InlineData("Phòng Văn Hóa Thông Tin Du Lịch Thể Thao Gia Đình Trẻ Em Người Cao Tuổi rà soát.", "Phòng Văn Hóa Thông Tin Du Lịch Thể Thao Gia Đình Trẻ Em Người Cao Tuổi [Organisation]")]
    [InlineData("Phòng Văn hóa – Xã hội rà soát.", "Phòng Văn hóa – Xã hội [Organisation]")]
    [InlineData("Công ty Cổ phần Đầu tư Xây dựng Thương mại Dịch vụ Hoàng Long Phát Sài Gòn Việt Nam rà soát.", "Công ty Cổ phần Đầu tư Xây dựng Thương mại Dịch vụ Hoàng Long Phát Sài Gòn Việt Nam [Organisation]")]
    [InlineData("Các đồng chí được giao theo dõi các chi bộ báo cáo.", "none")]
    [InlineData("Các đồng chí được phân công chỉ đạo các thôn/khu phố báo cáo.", "Các đồng chí được phân công chỉ đạo các thôn/khu phố [Role]")]
    [InlineData("P. VH-XH phối hợp.", "P. VH-XH [Organisation]")]
    public void A_unit_is_read_with_its_name_kind_and_end(string sentence, string expected) =>
        Assert.Equal(expected, Shown(sentence));

    [Theory]
    // Connectors: a dash or a comma at the end, a comma before a lower-case word or another unit ends the name; a level
    // after a comma joins it ("Công an huyện, xã"); a place's proper names run on after a comma ("Bắc Sơn, Nam Sơn").
    [InlineData("Phòng Kinh tế -", "Phòng Kinh tế")]
    [InlineData("Phòng Kinh tế - , rà soát.", "Phòng Kinh tế")]
    [InlineData("Phòng Kinh tế, Hạ tầng rà soát.", "Phòng Kinh tế, Hạ tầng")]
    [InlineData("Phòng Kinh tế, hạ tầng rà soát.", "Phòng Kinh tế")]
    [InlineData("Phòng Kinh tế - hạ tầng rà soát.", "Phòng Kinh tế - hạ tầng")]
    [InlineData("Phòng Kinh tế - xây dựng rà soát.", "Phòng Kinh tế - xây dựng")]
    [InlineData("Phòng Kinh tế / Hạ tầng rà soát.", "Phòng Kinh tế / Hạ tầng")]
    [InlineData("Phòng Kinh tế & Hạ tầng rà soát.", "Phòng Kinh tế & Hạ tầng")]
    [InlineData("Phòng Kinh tế &hạ tầng rà soát.", "Phòng Kinh tế &hạ tầng")]
    [InlineData("Phòng Nội vụ - LĐTBXH rà soát.", "Phòng Nội vụ - LĐTBXH")]
    [InlineData("UBND phường Cam Lộc, Công an phường phối hợp.", "UBND phường Cam Lộc")]
    [InlineData("UBND phường Cam Lộc, các thôn phối hợp.", "UBND phường Cam Lộc")]
    [InlineData("UBND phường Cam Lộc, 5 hộ dân.", "UBND phường Cam Lộc")]
    [InlineData("UBND phường Cam Lộc, thị trấn Cam Phú phối hợp.", "UBND phường Cam Lộc, thị trấn Cam Phú")]
    [InlineData("UBND phường Bắc Sơn, phường Nam Sơn phối hợp.", "UBND phường Bắc Sơn, phường Nam Sơn")]
    [InlineData("Công an xã Hòa Hiệp, Kinh tế phối hợp.", "Công an xã Hòa Hiệp, Kinh tế")]
    [InlineData("Công an huyện, thị xã, thành phố phối hợp.", "Công an huyện, thị xã, thành phố")]
    [InlineData("UBND các xã/thị trấn phối hợp.", "UBND các xã/thị trấn")]
    [InlineData("Trạm Y tế phường, xã hội rà soát.", "Trạm Y tế phường")]
    [InlineData("Văn phòng HĐND - UBND phường tổng hợp.", "Văn phòng HĐND - UBND phường")]
    [InlineData("Văn phòng HĐND, UBND phường tổng hợp.", "Văn phòng HĐND, UBND phường")]
    [InlineData("Văn phòng Đảng ủy, UBND phường tổng hợp.", "Văn phòng Đảng ủy")]
    // "và": one office ("HĐND và UBND"), a name's next part, or a second unit.
    [InlineData("Phòng Văn hóa và Thông tin rà soát.", "Phòng Văn hóa và Thông tin")]
    [InlineData("Phòng Văn hóa và thông tin rà soát.", "Phòng Văn hóa và thông tin")]
    [InlineData("Phòng Văn hóa và xây dựng rà soát.", "Phòng Văn hóa")]
    [InlineData("Phòng Văn hóa và", "Phòng Văn hóa")]
    [InlineData("văn phòng hđnd và ubnd phường tổng hợp.", "Văn phòng hđnd và ubnd phường")]
    [InlineData("UBND phường Bắc Sơn và Nam Sơn phối hợp.", "UBND phường Bắc Sơn và Nam Sơn")]
    [InlineData("Công an phường Bắc Sơn và Công an phường Nam Sơn phối hợp.", "Công an phường Bắc Sơn")]
    [InlineData("Tổ dân phố Hòa Hiệp 2 và tổ dân phố Hòa Hiệp 4 vận động.", "Tổ dân phố Hòa Hiệp 2")]
    [InlineData("Công an huyện và xã phối hợp.", "Công an huyện")]
    [InlineData("UBND các xã và thị trấn phối hợp.", "UBND các xã")]
    // Capitals: a capitalised verb right after a capital ends the name; a lexicon name runs whole; an abbreviation takes
    // no lower-case syllable after it; a lower-case syllable after a capital's syllable is not a proper name's.
    [InlineData("Phòng Kinh Tổ chức hội nghị.", "Phòng Kinh")]
    [InlineData("UBND Phường Tổ chức hội nghị.", "UBND Phường")]
    [InlineData("Trung tâm Dịch vụ tổng hợp phường tổng hợp.", "Trung tâm Dịch vụ tổng hợp phường")]
    [InlineData("Công an TPHCM giao nhiệm vụ.", "Công an TPHCM")]
    [InlineData("Công an TP giao nhiệm vụ.", "Công an TP")]
    [InlineData("Công an xã Hòa Hiệp Bắc phối hợp.", "Công an xã Hòa Hiệp Bắc")]
    [InlineData("Công an xã Hòa Hiệp bắc phối hợp.", "Công an xã Hòa Hiệp")]
    [InlineData("Phòng Văn hóa - Xã Hội xây dựng kế hoạch.", "Phòng Văn hóa - Xã Hội")]
    [InlineData("Phòng Văn hóa - xã hội xây dựng kế hoạch.", "Phòng Văn hóa - xã hội")]
    // Numbers, levels, places inside a name; lexicon names in lower case; words that end it.
    [InlineData("Tổ dân phố số nhà vận động.", "Tổ dân phố")]
    [InlineData("Phòng Kinh tế phường Bắc Sơn quận 1 rà soát.", "Phòng Kinh tế phường Bắc Sơn quận 1")]
    [InlineData("Phòng Kinh tế quận 1 rà soát.", "Phòng Kinh tế quận 1")]
    [InlineData("Trạm Y tế phường xã hội rà soát.", "Trạm Y tế phường")]
    [InlineData("Chi hội Phụ nữ khu phố 4 vận động.", "Chi hội Phụ nữ khu phố 4")]
    [InlineData("Chi hội Phụ nữ tổ dân phố số 5 vận động.", "Chi hội Phụ nữ tổ dân phố số 5")]
    [InlineData("Chi hội Phụ nữ thôn vận động.", "Chi hội Phụ nữ")]
    [InlineData("Chi hội Phụ nữ bản Mường vận động.", "Chi hội Phụ nữ")]
    [InlineData("Chi đoàn Thanh niên thôn Tân Xuân phường Bắc Sơn vận động.", "Chi đoàn Thanh niên thôn Tân Xuân phường Bắc Sơn")]
    [InlineData("Ban Quản lý các thôn rà soát.", "Ban Quản lý các thôn")]
    [InlineData("Phòng Tư pháp hộ tịch rà soát.", "Phòng Tư pháp hộ tịch")]
    [InlineData("Phòng Tư pháp của phường rà soát.", "Phòng Tư pháp")]
    [InlineData("Phòng Văn hóa thông tin rà soát.", "Phòng Văn hóa thông tin")]
    [InlineData("Tổ công nghệ số cộng đồng rà soát.", "Tổ công nghệ số cộng đồng")]
    [InlineData("Đoàn Thanh niên Cộng sản Hồ Chí Minh phường rà soát.", "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường")]
    // Heads that need a name, heads that stand alone, and ordinary words.
    [InlineData("Đội 5 rà soát.", "Đội 5")]
    [InlineData("Phòng 5 rà soát.", "Phòng 5")]
    [InlineData("Phòng phường rà soát.", "Phòng phường")]
    [InlineData("Phòng các thôn rà soát.", "Phòng các thôn")]
    [InlineData("Phòng thôn Tân Xuân rà soát.", "Phòng thôn Tân Xuân")]
    [InlineData("Ban Hành chính rà soát.", "Ban Hành chính")]
    [InlineData("Công an rà soát.", "Công an")]
    [InlineData("UBND rà soát.", "UBND")]
    [InlineData("công an các xã rà soát.", "Công an các xã")]
    [InlineData("các công an rà soát.", "Các công an")]
    [InlineData("các phòng chống rà soát.", "Các phòng")]
    [InlineData("Trường Mầm non Hoa Sen rà soát.", "Trường Mầm non Hoa Sen")]
    [InlineData("Phòng rà soát.", null)]
    [InlineData("công an rà soát.", null)]
    [InlineData("ban hành chính rà soát.", null)]
    [InlineData("ban ngành rà soát.", null)]
    [InlineData("trường hợp rà soát.", null)]
    [InlineData("Đảng ủy viên rà soát.", null)]
    [InlineData("Tổ công tác rà soát.", null)]
    [InlineData("Ban quản lý rà soát.", null)]
    [InlineData("Ban Quản lý các chợ rà soát.", null)]
    [InlineData("Văn phòng và UBND phường tổng hợp.", null)]
    [InlineData("Đội số 5 vận động.", null)]
    public void A_name_runs_over_its_parts_and_stops_at_the_first_word_that_is_not_one(string sentence, string? name)
    {
        var lower = VietnameseText.LowerInvariant(sentence);
        Assert.Equal(name, UnitGrammar.Read(sentence, lower, 0)?.Name);
    }

    [Theory]
    // Every entry of the grammar's own tables in a row of its own (a removed entry changes the reading): the leads and
    // tails of every unit, the qualifiers of places, "Quý" + a head, the bodies after "là", the members, the parties, the
    // governments, the heads of one body, the abbreviations that spell a head.
    [InlineData("Toàn thể các cơ quan, đơn vị thực hiện.", "Toàn thể các cơ quan, đơn vị [AllUnits]")]
    [InlineData("Lãnh đạo các phòng, ban thực hiện.", "Lãnh đạo các phòng, ban [AllUnits]")]
    [InlineData("Trưởng các phòng, ban thực hiện.", "Trưởng các phòng, ban [AllUnits]")]
    [InlineData("các cơ quan, đơn vị liên quan thực hiện.", "Các cơ quan, đơn vị liên quan [AllUnits]")]
    [InlineData("các cơ quan, đơn vị trực thuộc thực hiện.", "Các cơ quan, đơn vị trực thuộc [AllUnits]")]
    [InlineData("các phòng, ban thuộc ủy ban nhân dân phường thực hiện.", "Các phòng, ban thuộc ủy ban nhân dân phường [AllUnits]")]
    [InlineData("các phòng, ban thuộc phường thực hiện.", "Các phòng, ban thuộc phường [AllUnits]")]
    [InlineData("các cơ quan, đơn vị đóng trên địa bàn thực hiện.", "Các cơ quan, đơn vị đóng trên địa bàn [AllUnits]")]
    [InlineData("các xã ven sông sơ tán.", "Các xã ven sông [Organisation]")]
    [InlineData("các xã giáp ranh phối hợp.", "Các xã giáp ranh [Organisation]")]
    [InlineData("các xã biên giới tuần tra.", "Các xã biên giới [Organisation]")]
    [InlineData("các xã trọng điểm rà soát.", "Các xã trọng điểm [Organisation]")]
    [InlineData("các xã vùng cao hỗ trợ.", "Các xã vùng cao [Organisation]")]
    [InlineData("các xã miền núi hỗ trợ.", "Các xã miền núi [Organisation]")]
    [InlineData("các xã có liên quan phối hợp.", "Các xã có liên quan [Organisation]")]
    [InlineData("các xã liên quan phối hợp.", "Các xã liên quan [Organisation]")]
    [InlineData("Quý Tổng công ty hỗ trợ.", "Quý tổng công ty [Organisation]")]
    [InlineData("Quý Chi cục hỗ trợ.", "Quý chi cục [Organisation]")]
    [InlineData("Quý Công ty hỗ trợ.", "Quý công ty [Organisation]")]
    [InlineData("Quý đơn vị hỗ trợ.", "Quý đơn vị [Organisation]")]
    [InlineData("Quý Trung tâm hỗ trợ.", "Quý trung tâm [Organisation]")]
    [InlineData("Quý Ủy ban hỗ trợ.", "Quý ủy ban [Organisation]")]
    [InlineData("Quý Ngân hàng hỗ trợ.", "Quý ngân hàng [Organisation]")]
    [InlineData("Quý Phòng hỗ trợ.", "Quý phòng [Organisation]")]
    [InlineData("Quý Ban hỗ trợ.", "Quý ban [Organisation]")]
    [InlineData("Quý Cục hỗ trợ.", "Quý cục [Organisation]")]
    [InlineData("Quý Bộ hỗ trợ.", "Quý bộ [Organisation]")]
    [InlineData("Quý Viện hỗ trợ.", "Quý viện [Organisation]")]
    [InlineData("Quý Hội hỗ trợ.", "Quý hội [Organisation]")]
    [InlineData("Quý Trường hỗ trợ.", "Quý trường [Organisation]")]
    [InlineData("Quý Đài hỗ trợ.", "Quý đài [Organisation]")]
    [InlineData("Quý Báo hỗ trợ.", "Quý báo [Organisation]")]
    [InlineData("Đơn vị thường trực là Công an phường theo dõi.", "Công an phường [Organisation]")]
    [InlineData("Cơ quan chủ trì là Phòng Kinh tế tổng hợp.", "Phòng Kinh tế [Organisation]")]
    [InlineData("các đ/c trong Ban Thường vụ Đảng ủy phân công nhau.", "Các đồng chí trong Ban Thường vụ Đảng ủy [Role]")]
    [InlineData("Đơn vị tư vấn thiết kế bổ sung hồ sơ.", "Đơn vị tư vấn thiết kế [Organisation]")]
    [InlineData("Đơn vị tư vấn bổ sung hồ sơ.", "Đơn vị tư vấn [Organisation]")]
    [InlineData("Đơn vị giám sát bổ sung hồ sơ.", "Đơn vị giám sát [Organisation]")]
    [InlineData("Nhà cung cấp (Công ty Cổ phần Thiết bị Minh An) giao hàng.", "Công ty Cổ phần Thiết bị Minh An [Organisation]")]
    [InlineData("Bên thuê (Công ty TNHH Minh An) thanh toán.", "Công ty TNHH Minh An [Organisation]")]
    [InlineData("Các cấp ủy, chính quyền các xã lãnh đạo.", "UBND các xã [Organisation]")]
    [InlineData("Chỉ huy trưởng Ban Chỉ huy Quân sự phường chỉ đạo.", "Ban Chỉ huy Quân sự phường [Organisation]")]
    [InlineData("Hiệu trưởng Trường Tiểu học Kim Đồng rà soát.", "Trường Tiểu học Kim Đồng [Organisation]")]
    [InlineData("Trạm trưởng Trạm Y tế phường rà soát.", "Trạm Y tế phường [Organisation]")]
    [InlineData("Phó Trạm trưởng Trạm Y tế phường rà soát.", "Trạm Y tế phường [Organisation]")]
    [InlineData("Đội trưởng Đội Quản lý trật tự đô thị rà soát.", "Đội Quản lý trật tự đô thị [Organisation]")]
    [InlineData("Phó Đội trưởng Đội Quản lý trật tự đô thị rà soát.", "Đội Quản lý trật tự đô thị [Organisation]")]
    [InlineData("Đồn trưởng Đồn Biên phòng Cửa Tùng rà soát.", "Đồn Biên phòng Cửa Tùng [Organisation]")]
    [InlineData("Phó Giám đốc Trung tâm Y tế huyện rà soát.", "Trung tâm Y tế huyện [Organisation]")]
    [InlineData("Phó Trưởng Công an phường rà soát.", "Công an phường [Organisation]")]
    [InlineData("Phó Bí thư Đoàn phường phát động.", "Đoàn phường [Organisation]")]
    [InlineData("UBKT Đảng ủy phường rà soát.", "UBKT Đảng ủy phường [Organisation]")]
    [InlineData("HĐND phường giám sát.", "HĐND phường [Organisation]")]
    [InlineData("UBMTTQVN phường vận động.", "UBMTTQVN phường [Organisation]")]
    [InlineData("MTTQ phường vận động.", "MTTQ phường [Organisation]")]
    [InlineData("TYT phường rà soát.", "TYT phường [Organisation]")]
    [InlineData("TTYT huyện rà soát.", "TTYT huyện [Organisation]")]
    [InlineData("BCHQS phường rà soát.", "BCHQS phường [Organisation]")]
    [InlineData("KP 3 vận động.", "KP 3 [Community]")]
    [InlineData("TDP 5 vận động.", "TDP 5 [Community]")]
    [InlineData("CT UBND phường chỉ đạo.", "CT UBND phường [Role]")]
    [InlineData("ĐTN phường ra quân.", "ĐTN phường [Organisation]")]
    [InlineData("HCCB phường vận động.", "HCCB phường [Organisation]")]
    [InlineData("HLHPN phường vận động.", "HLHPN phường [Organisation]")]
    [InlineData("HND phường vận động.", "HND phường [Organisation]")]
    [InlineData("TTPVHCC tiếp nhận.", "TTPVHCC [Organisation]")]
    [InlineData("TTDVSNC tiếp nhận.", "TTDVSNC [Organisation]")]
    [InlineData("VPĐU tổng hợp.", "VPĐU [Organisation]")]
    [InlineData("TTHĐND phường giám sát.", "TTHĐND phường [Organisation]")]
    [InlineData("UB MTTQ phường vận động.", "UB MTTQ phường [Organisation]")]
    [InlineData("UBMT TQ Việt Nam tỉnh vận động.", "UBMT TQ Việt Nam tỉnh [Organisation]")]
    [InlineData("BCĐ phường rà soát.", "BCĐ phường [Organisation]")]
    public void Each_table_entry_reads_its_unit(string sentence, string expected)
    {
        var lower = VietnameseText.LowerInvariant(sentence);
        Assert.Equal(expected, UnitGrammar.Read(sentence, lower, 0) is { } m ? $"{m.Name} [{m.Kind}]" : "none");
    }

    [Theory]
    // A ward or commune given work without "UBND": only right after "giao", with a proper name after the level.
    [InlineData("giao phường Bắc Sơn rà soát.", 5, "UBND phường Bắc Sơn [Organisation] phường Bắc Sơn")]
    [InlineData("Giao xã Đông Hòa rà soát hồ sơ.", 5, "UBND xã Đông Hòa [Organisation] xã Đông Hòa")]
    [InlineData("Giao thị trấn Cam Lộ tổng hợp.", 5, "UBND thị trấn Cam Lộ [Organisation] thị trấn Cam Lộ")]
    [InlineData("Giao đặc khu Côn Đảo rà soát.", 5, "UBND đặc khu Côn Đảo [Organisation] đặc khu Côn Đảo")]
    [InlineData("Giao xã hội hóa nguồn lực.", 5, "none")]
    [InlineData("giao phường bố trí.", 5, "none")]
    [InlineData("Giao xã Trưởng thôn.", 5, "none")]
    [InlineData("tgiao phường Bắc Sơn rà soát.", 6, "none")]
    [InlineData("Đối với xã Kiên Thành thực hiện.", 4, "none")]
    // Heads listed after a colon stand for the first body.
    [InlineData("Giao Giám đốc: Sở Y tế, Trung tâm Y tế huyện thực hiện.", 5, "Sở Y tế [Organisation] Giám đốc: Sở Y tế")]
    public void A_unit_is_read_where_it_starts_after_giao(string sentence, int at, string expected) =>
        Assert.Equal(expected, Shown(sentence, at));

    [Theory]
    // The chairs and secretaries of the government and the party direct others; the head of a mass organisation does the work.
    [InlineData("Phó Chủ tịch UBND phường", true)]
    [InlineData("PCT UBND phường", true)]
    [InlineData("CT UBND phường", true)]
    [InlineData("Bí thư Đảng ủy phường", true)]
    [InlineData("BÍ THƯ ĐẢNG ỦY", true)]
    [InlineData("CHỦ TỊCH UBND PHƯỜNG", true)]
    [InlineData("Chủ tịch HĐND phường", true)]
    [InlineData("Chủ tịch Hội đồng nhân dân phường", true)]
    [InlineData("Chủ tịch UBND xã, xã hội", true)]
    [InlineData("Chủ tịch UBND phường, Trưởng ban", true)]
    [InlineData("Chủ tịch Hội Nông dân xã", false)]
    [InlineData("Chủ tịch Công đoàn phường", false)]
    [InlineData("Bí thư Chi đoàn thôn", false)]
    [InlineData("Chủ tịch Ủy ban MTTQ phường", false)]
    [InlineData("Chủ tịch Hợp tác xã Tân Phú", false)]
    [InlineData("Chủ tịch Câu lạc bộ hưu trí", false)]
    [InlineData("Chủ tịch Chi hội Nông dân thôn", false)]
    [InlineData("Chủ tịch Ủy ban Mặt trận Tổ quốc phường", false)]
    [InlineData("Chủ tịch UBMTTQ phường", false)]
    [InlineData("Chủ tịch Mặt trận phường", false)]
    [InlineData("Chủ tịch MTTQ phường", false)]
    [InlineData("Chủ tịch UBND huyện, thị xã, thành phố", false)]
    [InlineData("Chủ tịch UBND các xã", false)]
    [InlineData("Các Chủ tịch UBND xã", false)]
    [InlineData("Trưởng Công an phường", false)]
    public void A_leader_is_a_chair_or_secretary_of_the_government_or_the_party(string name, bool leader)
    {
        Assert.Equal(leader, UnitMention.IsLeaderName(name, UnitKind.Role));
        Assert.Equal(leader, UnitMention.IsLeaderName(name, UnitKind.Person));
        Assert.False(UnitMention.IsLeaderName(name, UnitKind.Organisation));
    }
}
