using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Whom a task goes to, by kind of naming (issue 9, "units that generalise"): small invented notices in varied wording,
/// each kind with several phrasings so that a rule fitting one sentence cannot pass. Expected: per task, the canonical
/// lead unit, then the cooperating units after '+' when the row checks them.
/// </summary>
public class UnitReadingTests
{
    private const string Header = "Số: 31/TB-UBND\n\nTân Phong, ngày 10 tháng 3 năm 2026\n\nTHÔNG BÁO\n\nChủ tịch UBND phường kết luận như sau:\n\n";

    public static TheoryData<string, string, string[]> Kinds => new()
    {
        {
            "a level noun stands for the local governments of that level",
            "1. Cấp xã chủ động rà soát hộ có nguy cơ tái nghèo, gửi kết quả về huyện.\n\n2. Cấp huyện tổng hợp, thẩm định kết quả tự chấm điểm của cơ sở.\n\n" +
            "3. Cấp ủy, chính quyền các xã, thị trấn tăng cường lãnh đạo công tác phòng, chống dịch.\n\n4. Chính quyền các phường quán triệt nội dung tới cán bộ.\n",
            ["UBND các xã", "UBND các huyện", "UBND các xã, thị trấn", "UBND các phường"]
        },
        {
            "a heading 'Đối với X:' / 'Về phía X:' / 'Trách nhiệm của X' gives its unit to the items under it",
            "1. Đối với Phòng Văn hóa - Xã hội:\n\n- Rà soát danh sách trẻ em có hoàn cảnh khó khăn.\n\n- Chuẩn bị quà cho các cháu dịp Tết Trung thu.\n\n" +
            "2. Về phía Trạm Y tế phường:\n\n- Giám sát ổ dịch tại khu dân cư số 4.\n\n3. Trách nhiệm của Công an phường\n\n- Kiểm tra cơ sở lưu trú trên địa bàn.\n",
            ["Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội", "Trạm Y tế phường", "Công an phường"]
        },
        {
            "a heading in capitals naming the body: 'NHIỆM VỤ CỦA …'",
            "III. NHIỆM VỤ CỦA BAN CHỈ HUY QUÂN SỰ PHƯỜNG\n\n1. Xây dựng kế hoạch huấn luyện lực lượng dân quân.\n\n2. Phối hợp đón tiếp quân nhân xuất ngũ.\n\n" +
            "IV. TRÁCH NHIỆM CỦA HỘI CỰU CHIẾN BINH\n\n1. Vận động hội viên tham gia giữ gìn trật tự.\n\n" +
            "V. THÀNH PHẦN VÀ NHIỆM VỤ CỦA TỔ BẦU CỬ SỐ 3\n\n1. Niêm yết danh sách cử tri tại nhà văn hóa.\n",
            ["Ban Chỉ huy Quân sự phường", "Ban Chỉ huy Quân sự phường", "Hội Cựu chiến binh", "Tổ bầu cử số 3"]
        },
        {
            "people assigned by name, with their title after a comma, a dash or in brackets",
            "1. Phân công đồng chí Nguyễn Thị Hồng, Phó Chủ tịch UBND phường trực tiếp theo dõi tiến độ bồi thường.\n\n" +
            "2. Giao ông Phạm Văn Long - Chánh Văn phòng HĐND và UBND phường rà soát lịch tiếp công dân.\n\n" +
            "3. Giao bà Lò Thị Xuân (công chức Tư pháp - Hộ tịch) hướng dẫn thủ tục chứng thực.\n",
            ["Nguyễn Thị Hồng, Phó Chủ tịch UBND phường", "Phạm Văn Long, Chánh Văn phòng HĐND và UBND phường", "Lò Thị Xuân, Công chức Tư pháp - Hộ tịch"]
        },
        {
            "role holders: a field's civil servant, the heads of places; a singular head of a body stands for the body",
            "1. Giao đồng chí Trưởng Công an phường chỉ đạo lực lượng tuần tra dịp lễ.\n\n2. Công chức Tư pháp - Hộ tịch rà soát sổ đăng ký khai sinh.\n\n" +
            "3. Trưởng các khu dân cư thông báo lịch thu gom rác tới từng hộ.\n\n4. Giám đốc Trung tâm Dịch vụ sự nghiệp công bố trí người trực tại nhà văn hóa.\n",
            ["Công an phường", "Công chức Tư pháp - Hộ tịch", "Trưởng các khu dân cư", "Trung tâm Dịch vụ sự nghiệp công"]
        },
        {
            "higher-level addressees keep their level and place",
            "1. Đề nghị UBND các xã, thị trấn chỉ đạo thu hoạch lúa trước mùa mưa.\n\n2. Phòng Tài chính - Kế hoạch thành phố thẩm định dự toán kinh phí.\n\n" +
            "3. Kính đề nghị Sở Nông nghiệp và Môi trường hỗ trợ giống cây trồng.\n\n4. Kho bạc Nhà nước khu vực thanh toán vốn đầu tư đúng hạn.\n\n5. Chi cục Thuế khu vực hướng dẫn hộ kinh doanh kê khai.\n",
            ["UBND các xã, thị trấn", "Phòng Tài chính - Kế hoạch thành phố", "Sở Nông nghiệp và Môi trường", "Kho bạc Nhà nước khu vực", "Chi cục Thuế khu vực"]
        },
        {
            "unit names written in lower case",
            "- công an phường tăng cường kiểm tra xe quá khổ.\n\n- ban chỉ huy quân sự phường tổ chức giao nhận quân.\n\n- hội liên hiệp phụ nữ phường vận động hội viên.\n\n" +
            "- văn phòng hđnd và ubnd phường tổng hợp báo cáo tuần.\n\n- đoàn thanh niên phường ra quân dọn vệ sinh kênh mương.\n",
            ["Công an phường", "Ban Chỉ huy Quân sự phường", "Hội Liên hiệp Phụ nữ phường", "Văn phòng HĐND và UBND phường", "Đoàn Thanh niên phường"]
        },
        {
            "abbreviations spelled out",
            "- VP. HĐND-UBND phường tham mưu lịch làm việc.\n\n- TT.PVHCC niêm yết thủ tục mới.\n\n- BCHQS phường rà soát thanh niên đủ tuổi.\n\n" +
            "- UB MTTQ phường phát động tháng cao điểm.\n\n- Phòng KT-HT-ĐT kiểm tra trật tự xây dựng.\n\n- ĐTN phường tổ chức ngày hội hiến máu.\n\n- CA phường xác minh lý lịch.\n",
            ["Văn phòng HĐND và UBND phường", "Trung tâm Phục vụ hành chính công", "Ban Chỉ huy Quân sự phường", "Ủy ban MTTQ phường",
             "Phòng Kinh tế, Hạ tầng và Đô thị", "Đoàn Thanh niên phường", "Công an phường"]
        },
        {
            "the unit named after the task, in several phrasings",
            "1. Lập danh sách hộ chưa kết nối nước sạch, giao Trung tâm Dịch vụ sự nghiệp công thực hiện.\n\n" +
            "2. Sửa chữa đèn chiếu sáng tuyến đường ven sông (Phòng Kinh tế, Hạ tầng và Đô thị chủ trì).\n\n" +
            "3. Tổ chức hội thi tìm hiểu pháp luật cho thanh niên do Đoàn Thanh niên phường chủ trì thực hiện.\n\n" +
            "4. Kiểm tra an toàn thực phẩm bếp ăn các trường mầm non. Giao Trạm Y tế phường thực hiện.\n\n" +
            "5. Rà soát hồ sơ đất đai tồn đọng - Đơn vị thực hiện: Phòng Kinh tế.\n",
            ["Trung tâm Dịch vụ sự nghiệp công", "Phòng Kinh tế, Hạ tầng và Đô thị", "Đoàn Thanh niên phường", "Trạm Y tế phường", "Phòng Kinh tế"]
        },
        {
            "several units: the first leads, the others cooperate",
            "1. Công an phường, Ban Chỉ huy Quân sự phường phối hợp tuần tra đêm giao thừa.\n\n" +
            "2. Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trạm Y tế phường tổ chức khám cho người cao tuổi.\n\n" +
            "3. Hội Cựu chiến binh và Hội Nông dân phường vận động hội viên hiến đất làm đường.\n",
            ["Công an phường+Ban Chỉ huy Quân sự phường", "Phòng Văn hóa - Xã hội+Trạm Y tế phường", "Hội Cựu chiến binh+Hội Nông dân phường"]
        },
        {
            "more bodies by their head noun: youth branches, cooperatives, councils, numbered steering boards",
            "- Chi đoàn Thanh niên khu phố 2 ra quân làm sạch bờ kênh.\n\n- Hợp tác xã Nông nghiệp Tân Phong cung ứng giống lúa cho xã viên.\n\n" +
            "- Hội đồng Giáo dục quốc phòng và an ninh phường tổ chức bồi dưỡng kiến thức.\n\n- Ban Chỉ đạo 35 phường theo dõi thông tin trên mạng xã hội.\n\n" +
            "- Hội Người cao tuổi phường thăm hỏi hội viên ốm đau.\n\n- Đảng ủy các xã lãnh đạo triển khai nghị quyết.\n",
            ["Chi đoàn Thanh niên khu phố 2", "Hợp tác xã Nông nghiệp Tân Phong", "Hội đồng Giáo dục quốc phòng và an ninh phường", "Ban Chỉ đạo 35 phường",
             "Hội Người cao tuổi phường", "Đảng ủy các xã"]
        },
        {
            "the holder of an office in a body stands for the body (a singular head, LABELING.md 'Heads of bodies')",
            "- Chỉ huy trưởng Ban Chỉ huy Quân sự phường kiểm tra công tác sẵn sàng chiến đấu.\n\n- Bí thư Đoàn phường phát động phong trào tình nguyện hè.\n\n" +
            "- Chủ tịch Hội Nông dân xã vận động nông dân chuyển đổi cây trồng.\n\n- Trưởng Ban công tác Mặt trận khu phố 4 nắm tình hình dư luận.\n",
            ["Ban Chỉ huy Quân sự phường", "Đoàn phường", "Hội Nông dân xã", "Ban Công tác Mặt trận khu phố 4"]
        },
        {
            "a speaker named after the office and place gives the order",
            "Phó Chủ tịch UBND phường Lê Minh Tuấn đề nghị Trung tâm Phục vụ hành chính công rút ngắn thời gian giải quyết hồ sơ. " +
            "Chủ tịch UBND phường Tân Phong Hoàng Văn Nam yêu cầu Công an phường xử lý dứt điểm tình trạng đua xe.\n",
            ["Trung tâm Phục vụ hành chính công", "Công an phường"]
        },
        {
            "the lead marked '(chủ trì)', partners after 'phối hợp' with or without 'với', or in a clause of their own",
            "1. Phòng Văn hóa - Xã hội (chủ trì) phối hợp Trạm Y tế phường rà soát hồ sơ trẻ suy dinh dưỡng.\n\n" +
            "2. Xây dựng phương án phân luồng giao thông dịp lễ hội: Công an phường chủ trì; Ban Chỉ huy Quân sự phường, Đoàn Thanh niên phường phối hợp.\n\n" +
            "3. Trung tâm Phục vụ hành chính công chủ trì, phối hợp cùng Văn phòng HĐND và UBND phường số hóa hồ sơ lưu trữ.\n",
            ["Phòng Văn hóa - Xã hội+Trạm Y tế phường", "Công an phường+Ban Chỉ huy Quân sự phường+Đoàn Thanh niên phường",
             "Trung tâm Phục vụ hành chính công+Văn phòng HĐND và UBND phường"]
        },
        {
            "a bare unit in brackets or after a dash closes the item",
            "1. Cập nhật dữ liệu dân cư vào hệ thống trước ngày 25/3 (Công an phường).\n\n2. Tổng hợp ý kiến cử tri gửi kỳ họp HĐND – Văn phòng HĐND và UBND phường.\n\n" +
            "3. Khảo sát nhu cầu học nghề của lao động nông thôn (Đơn vị thực hiện: Phòng VH-XH).\n",
            ["Công an phường", "Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội"]
        },
        {
            "a person by abbreviated title",
            "- Giao đ/c Nguyễn Văn Bình - PCT UBND phường chỉ đạo kiểm tra trật tự đô thị.\n\n- Giao đồng chí Vũ Thị Lan, CT UBMTTQ phường vận động quỹ vì người nghèo.\n",
            ["Nguyễn Văn Bình, Phó Chủ tịch UBND phường", "Vũ Thị Lan, Chủ tịch Ủy ban MTTQ phường"]
        },
        {
            "every unit: work of its own is a task, a follow-up to finish or report goes on with the task above",
            "Kết luận buổi làm việc, đồng chí Chủ tịch đề nghị Phòng Văn hóa - Xã hội hoàn thiện hồ sơ di tích. Các cơ quan, đơn vị liên quan tiến hành kiểm tra hệ thống điện chiếu sáng khu lễ hội. " +
            "Trạm Y tế phường bố trí tổ cấp cứu trực lễ hội. Các đơn vị hoàn thành và báo cáo kết quả trước ngày 20/3.\n",
            ["Phòng Văn hóa - Xã hội", "Các cơ quan, đơn vị liên quan", "Trạm Y tế phường"]
        },
        {
            "a government or a higher body that assigns, with partners after 'phối hợp với'",
            "UBND thành phố cũng giao Thanh tra thành phố phối hợp với Ban Tiếp công dân thành phố rà soát các vụ khiếu nại kéo dài. " +
            "Tổ trưởng Tổ dân phố 3 tiếp tục theo dõi, nhắc nhở hộ gia đình. Chủ tịch Ủy ban MTTQVN phường vận động Nhân dân đóng góp quỹ.\n",
            ["Thanh tra thành phố+Ban Tiếp công dân thành phố", "Tổ trưởng Tổ dân phố 3", "Ủy ban MTTQ Việt Nam phường"]
        },
        {
            "names spelled out or kept: the Front in full, a city's initials, the localities, staff of a body, a station's head, a party caucus",
            "- Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường phát động ủng hộ đồng bào vùng lũ.\n\n- Giao Công an TPHCM bám sát địa bàn trọng điểm.\n\n" +
            "- Yêu cầu các địa phương rà soát trụ sở dôi dư.\n\n- Cán bộ Công an xã phụ trách địa bàn nắm tình hình từng thôn.\n\n" +
            "- Trạm trưởng Trạm Y tế phường: bố trí tổ cấp cứu trực 24/24 giờ.\n\n- Đề nghị Đảng đoàn HĐND phường lãnh đạo kỳ họp chuyên đề.\n\n" +
            "- Đ/c Lê Văn Tâm, Phó Chủ tịch UBND phường, Phó Trưởng ban thường trực: trực tiếp chỉ huy di dời dân vùng trũng.\n",
            ["Ủy ban MTTQ Việt Nam phường", "Công an Thành phố Hồ Chí Minh", "Các địa phương", "Cán bộ Công an xã", "Trạm Y tế phường",
             "Đảng đoàn HĐND phường", "Lê Văn Tâm, Phó Chủ tịch UBND phường"]
        },
        {
            "an order to cooperate is a task of its own, a bare 'X phối hợp' joins the task above",
            "Văn phòng HĐND và UBND phường có trách nhiệm tổng hợp danh sách hộ kinh doanh chưa thanh toán trực tuyến. Yêu cầu UBND các tổ dân phố phối hợp và tổ chức thực hiện. " +
            "Trạm Y tế phường kiểm tra bếp ăn tập thể. Công an phường phối hợp thực hiện.\n",
            ["Văn phòng HĐND và UBND phường", "UBND các tổ dân phố", "Trạm Y tế phường+Công an phường"]
        },
        {
            "a table pasted one cell per line: header cells, then rows opened by their number (a bare number the cleaner drops as a page number)",
            "PHỤ LỤC PHÂN CÔNG\n\nTT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời hạn\nA\nVệ sinh môi trường\n1\nRa quân thu gom rác thải tại các kênh rạch\n" +
            "Đoàn Thanh niên phường\nUBND các tổ dân phố\nTrước 15/4/2026\n2.\nKiểm tra cơ sở kinh doanh thực phẩm trên địa bàn\nTrạm Y tế phường\nCông an phường\nQuý II/2026\n",
            ["Đoàn Thanh niên phường+UBND các tổ dân phố", "Trạm Y tế phường+Công an phường"]
        },
        {
            "the chair of a body named with its place, then the name",
            "Chủ tịch UBND phường Tân Phong Hoàng Văn Nam giao Phòng Kinh tế khẩn trương hoàn thiện phương án.\n",
            ["Phòng Kinh tế"]
        },
    };

    /// <summary>The kinds LABELING.md settled on 4 Dec 2026 (heads of bodies, who leads when someone directs, several addressees,
    /// short names of defined bodies, abbreviations inside names, bodies as subjects of any verb), each in several wordings.</summary>
    public static TheoryData<string, string, string[]> SettledKinds => new()
    {
        {
            "heads of a collective of units stand for every unit",
            "1. Thủ trưởng các phòng, ban, ngành, trung tâm thuộc UBND huyện rà soát thủ tục hành chính còn chồng chéo.\n\n" +
            "2. Yêu cầu Thủ trưởng các sở, ban, ngành tỉnh chủ động bố trí kinh phí thực hiện.\n\n" +
            "3. Thủ trưởng các đơn vị được giao nhiệm vụ tại Phụ lục báo cáo tiến độ trước ngày 20/3/2026.\n\n" +
            "4. Đề nghị Lãnh đạo các cơ quan, đoàn thể phường quán triệt cán bộ chấp hành giờ làm việc.\n",
            ["Các cơ quan, đơn vị", "Các cơ quan, đơn vị", "Các cơ quan, đơn vị", "Các cơ quan, đơn vị"]
        },
        {
            "a singular head of one named body stands for the body",
            "1. Yêu cầu Giám đốc Sở Tài chính khẩn trương thẩm định phương án giá.\n\n2. Trưởng Công an xã chỉ đạo lực lượng tuần tra ban đêm.\n\n" +
            "3. Giao Chánh Văn phòng HĐND và UBND phường bố trí phòng họp trực tuyến.\n\n4. Đề nghị Giám đốc Trung tâm Y tế huyện sớm cử cán bộ hỗ trợ tiêm chủng.\n\n" +
            "5. Hiệu trưởng Trường Tiểu học Kim Đồng rà soát học sinh có nguy cơ bỏ học.\n",
            ["Sở Tài chính", "Công an xã", "Văn phòng HĐND và UBND phường", "Trung tâm Y tế huyện", "Trường Tiểu học Kim Đồng"]
        },
        {
            "the chairs of other governments direct others: the addressee leads (a leader of the ward itself directing a unit does not)",
            "1. Chủ tịch UBND các xã, thị trấn chỉ đạo các ban, ngành, đoàn thể ra quân diệt lăng quăng.\n\n" +
            "2. Yêu cầu Chủ tịch UBND các huyện, thị xã, thành phố chỉ đạo UBND cấp xã rà soát hộ nghèo.\n\n" +
            "3. Chủ tịch UBND các xã - thị trấn chỉ đạo lực lượng dân quân trực phòng chống lụt bão.\n\n" +
            "4. Giao đồng chí Phó Chủ tịch UBND phường chỉ đạo Phòng Kinh tế, Hạ tầng và Đô thị kiểm tra các công trình xây dựng.\n\n" +
            "5. Giao đồng chí Phó Chủ tịch UBND phường chỉ đạo các ban, ngành, đoàn thể tuyên truyền về bầu cử.\n",
            ["Chủ tịch UBND các xã, thị trấn", "Chủ tịch UBND các huyện, thị xã, thành phố", "Chủ tịch UBND các xã, thị trấn", "Phòng Kinh tế, Hạ tầng và Đô thị",
             "Phó Chủ tịch UBND phường"]
        },
        {
            "several addressees of one item: the first leads",
            "1. Yêu cầu UBND huyện, UBND các xã, thị trấn chỉ đạo lực lượng chức năng kiểm tra khai thác cát trái phép.\n\n" +
            "2. Đề nghị Sở Xây dựng, UBND các huyện khẩn trương rà soát nhà ở xuống cấp.\n\n" +
            "3. UBND thị xã, UBND các phường tổ chức cưỡng chế vi phạm lấn chiếm vỉa hè.\n",
            ["UBND huyện+UBND các xã, thị trấn", "Sở Xây dựng+UBND các huyện", "UBND thị xã+UBND các phường"]
        },
        {
            "abbreviations of fields inside a longer name are spelled out",
            "- Ban Chỉ huy PCTT&TKCN huyện kiểm tra hồ đập trước mùa mưa lũ.\n\n- Ban Chỉ đạo ATTP phường ra quân kiểm tra bếp ăn tập thể.\n\n" +
            "- Ban Chỉ đạo CĐS xã xây dựng mô hình chợ không dùng tiền mặt.\n\n- Tổ công tác GPMB phường vận động hộ dân bàn giao mặt bằng.\n\n" +
            "- Ban An toàn giao thông phường phối hợp Đội CSGT kiểm tra nồng độ cồn.\n\n- Ban Chỉ huy PCTT và TKCN xã trực ban 24/24 giờ.\n",
            ["Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn huyện", "Ban Chỉ đạo An toàn thực phẩm phường", "Ban Chỉ đạo Chuyển đổi số xã",
             "Tổ công tác Giải phóng mặt bằng phường", "Ban An toàn giao thông phường", "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn xã"]
        },
        {
            "a body as the subject of a verb the reader does not know as an order",
            "Ban Chỉ huy Quân sự phường phân công lực lượng dân quân trực tại các điểm. " +
            "Công an xã giao cán bộ phụ trách địa bàn nắm chắc từng hộ. Trạm Y tế phường bố trí kíp trực cấp cứu suốt đợt khám tuyển.\n",
            ["Ban Chỉ huy Quân sự phường", "Công an xã", "Trạm Y tế phường"]
        },
        {
            "a defined body named again in short, in the plural",
            "1. Ban Công tác Mặt trận các tổ dân phố tổ chức lấy ý kiến Nhân dân về dự thảo quy chế.\n\n" +
            "2. Các Ban Công tác Mặt trận tổng hợp ý kiến gửi Ủy ban MTTQ phường trước ngày 25/3/2026.\n\n" +
            "3. Chi hội Nông dân các thôn vận động hội viên đăng ký mô hình. Các Chi hội Nông dân báo cáo kết quả trong tháng 4/2026.\n",
            ["Ban Công tác Mặt trận các tổ dân phố", "Ban Công tác Mặt trận các tổ dân phố", "Chi hội Nông dân các thôn", "Chi hội Nông dân các thôn"]
        },
    };

    [Theory]
    [MemberData(nameof(SettledKinds))]
    public void Each_settled_kind_gives_the_task_its_unit(string kind, string body, string[] expected) =>
        Each_kind_of_naming_gives_the_task_its_unit(kind, body, expected);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_of_naming_gives_the_task_its_unit(string kind, string body, string[] expected)
    {
        var notice = NoticeParser.Parse(Header + body);
        var checksCooperating = expected.Any(e => e.Contains('+'));
        var got = notice.Tasks.Select(t => checksCooperating ? string.Join('+', new[] { t.Unit ?? "null" }.Concat(t.Cooperating)) : t.Unit ?? "null").ToArray();
        Assert.True(expected.SequenceEqual(got), $"{kind}:\n  expected {string.Join(" ; ", expected)}\n  got      {string.Join(" ; ", got)}\n  texts    {string.Join(" | ", notice.Tasks.Select(t => t.Text))}");
    }

    [Theory]
    [InlineData("Sáng ngày 04/3/2026, Chủ tịch UBND phường Tân Phong Hoàng Văn Nam chủ trì cuộc họp giao ban.", "Hoàng Văn Nam")]
    [InlineData("Ngày 02/3/2026, Phó Chủ tịch UBND xã Đồng Tâm Lê Thị Thu Hà chủ trì buổi làm việc với các thôn.", "Lê Thị Thu Hà")]
    [InlineData("Chiều 05/3/2026, đồng chí Bí thư Đảng ủy phường An Lạc Trịnh Quang Vũ chủ trì hội nghị.", "Trịnh Quang Vũ")]
    public void A_chair_named_after_the_office_and_its_place_is_the_chair(string preamble, string chair) =>
        Assert.Equal(chair, NoticeParser.Parse("THÔNG BÁO\n\n" + preamble + "\n\nKết luận cuộc họp, Chủ tịch UBND phường yêu cầu như sau:\n\n1. Công an phường tăng cường tuần tra.\n").Document.ChairedBy);
}
