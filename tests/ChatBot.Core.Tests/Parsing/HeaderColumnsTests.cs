using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Header and signature columns flattened into one another (session 19): the signer beside or under a "Nơi nhận" block,
/// the dateline run into the subject, a subject's last capitalised word run into the place, a party number in a table cell.
/// </summary>
public class HeaderColumnsTests
{
    private const string Body = "\n\n1. Giao Công an phường tăng cường tuần tra.\n\n";

    [Theory]
    [InlineData("Nơi nhận:                       KT. CHỦ TỊCH\n- Như trên;                      PHÓ CHỦ TỊCH\n- Lưu: VT.\n\n                                Đặng Quốc Huy", "Đặng Quốc Huy")]
    [InlineData("Nơi nhận:                       CHÁNH VĂN PHÒNG\n- Như trên;\n- Lưu: VT, TH.                   (Đã ký)\n\n                                Vi Thị Nga", "Vi Thị Nga")]
    [InlineData("Nơi nhận:                       TM. ỦY BAN NHÂN DÂN\n- Như trên;                      CHỦ TỊCH\n- Các PCT UBND phường;           Lương Văn Tiến\n- Lưu: VT.", "Lương Văn Tiến")]
    public void The_signer_beside_or_under_the_recipients_is_read(string closing, string signer) =>
        Assert.Equal(signer, NoticeParser.Parse("Số: 21/UBND-VP\n\nThái Hòa, ngày 03 tháng 4 năm 2026\n\nV/v tuần tra" + Body + closing + "\n").Document.SignedBy);

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN XÃ ĐỨC LẬP", "V/v phòng, chống dịch cúm gia cầm H5N1       Đức Lập, ngày 09 tháng 3 năm 2026", "Đức Lập", "phòng, chống dịch cúm gia cầm H5N1")]
    [InlineData("ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH", "V/v hỗ trợ nông dân vùng Đồng Tháp Mười Châu Thành, ngày 09 tháng 3 năm 2026", "Châu Thành", "hỗ trợ nông dân vùng Đồng Tháp Mười")]
    [InlineData("ỦY BAN NHÂN DÂN PHƯỜNG THANH XUÂN BẮC", "V/v kiểm tra | Thanh Xuân Bắc, ngày 09 tháng 3 năm 2026", "Thanh Xuân Bắc", "kiểm tra")]
    public void A_dateline_beside_the_subject_is_cut_off_and_the_place_is_the_issuers(string issuer, string line, string place, string subject)
    {
        var d = NoticeParser.Parse(issuer + "\nSố: 33/UBND-KT\n" + line + "\n\nKính gửi: Các phòng chuyên môn." + Body).Document;
        Assert.Equal((place, subject), (d.Place, d.Subject));
    }

    [Fact]
    public void A_party_number_in_a_header_table_cell_is_read() =>
        Assert.Equal(("17", "KH/ĐU"), NoticeParser.Parse("| ĐẢNG ỦY XÃ NAM HÒA | ĐẢNG CỘNG SẢN VIỆT NAM |\n| Số 17-KH/ĐU | Nam Hòa, ngày 02 tháng 3 năm 2026 |\n\nKẾ HOẠCH\nHọc tập nghị quyết" + Body)
            .Document is var d ? (d.Number, d.Symbol) : default);
}
