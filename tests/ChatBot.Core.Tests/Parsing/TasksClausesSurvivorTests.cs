using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Mutation survivors of the task reader's sentences and partners (session 29, mut18; Parsing/Tasks/Clauses.cs and
/// Addressee.cs): where a sentence ends, a unit that only cooperates in generic words (one row covers several entries of
/// GenericWords), a courteous closing to every unit. Invented units, places and dates.
/// </summary>
public class TasksClausesSurvivorTests
{
    private const string Header = "Số: 48/TB-UBND\n\nHòa Lợi, ngày 12 tháng 4 năm 2026\n\nTHÔNG BÁO\n\n";

    // "unit | the first 30 chars of the text [| deadline] [| với partners]" per task, joined by " / ".
    private static string Read(string body) => string.Join(" / ", NoticeParser.Parse(Header + body).Tasks.Select(t =>
        $"{t.Unit ?? "null"} | {t.Text[..Math.Min(30, t.Text.Length)]}" + (t.Deadline is { } d ? $" | {d:yyyy-MM-dd}" : "")
        + (t.Cooperating.Count > 0 ? " | với " + string.Join(", ", t.Cooperating) : "")));

    // A unit that only cooperates, then only generic words (GenericWords: how, when, with whom), is a partner of the task above, not a task.
    [Theory]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng. Công an phường phối hợp thực hiện, báo cáo kết quả trước ngày 20/6/2026.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ | 2026-06-20 | với Công an phường")]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng. Công an phường cùng phối hợp tổ chức triển khai, theo dõi, đôn đốc.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ | với Công an phường")]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng. Công an phường phối hợp tham mưu nội dung này cho UBND phường.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ | với Công an phường")]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng. Công an phường phối hợp thực hiện nghiêm túc, khẩn trương, đảm bảo tiến độ, hiệu quả.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ | với Công an phường")]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng. Công an phường phối hợp thực hiện kịp thời, chậm nhất là trong tháng 6 năm 2026.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ | 2026-06-30 | với Công an phường")]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng. Công an phường phối hợp thực hiện hằng tuần, định kỳ hàng quý.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ | với Công an phường")]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng. Công an phường phối hợp thực hiện xong trước 17 giờ chiều ngày 20/6/2026.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ | với Công an phường")]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng. Công an phường phối hợp thực hiện đúng thời gian quy định.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ | với Công an phường")]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng. Công an phường phối hợp chặt chẽ, chịu trách nhiệm về kết quả thực hiện.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ | với Công an phường")]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng. Công an phường phối hợp thực hiện tốt việc này khi được giao.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ | với Công an phường")]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng. Công an phường phối hợp thực hiện các nhiệm vụ trên tại xã.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ | với Công an phường")]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng. Công an phường phối hợp thực hiện, hết quý III báo cáo HĐND phường.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ | với Công an phường")]
    public void A_partner_that_only_cooperates_in_generic_words_is_no_task(string body, string expected) => Assert.Equal(expected, Read(body));

    // "Đề nghị các ban, ngành, đoàn thể … quan tâm, hỗ trợ …./." (CourtesyWords): a courteous closing to every unit, no task.
    [Theory]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng. \n\nĐề nghị các ban, ngành, đoàn thể, mặt trận phường quan tâm, hỗ trợ, tạo điều kiện./.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ")]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng. \n\nĐề nghị các đơn vị quan tâm, phối hợp thực hiện./.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ")]
    public void A_courteous_last_order_to_every_unit_is_a_closing(string body, string expected) => Assert.Equal(expected, Read(body));

    // Where a sentence ends (Clauses.Sentences): "!" and "?", a glued stop, not after a code like "5/QĐ" or a number of three digits.
    [Theory]
    [InlineData("Đề nghị Công an phường tăng cường tuần tra ban đêm! Trạm Y tế phường kiểm tra an toàn thực phẩm.\n", "Công an phường | Đề nghị Công an phường tăng cư / Trạm Y tế phường | Trạm Y tế phường kiểm tra an t")]
    [InlineData("Đề nghị Công an phường tăng cường tuần tra ban đêm? Trạm Y tế phường kiểm tra an toàn thực phẩm.\n", "Công an phường | Đề nghị Công an phường tăng cư / Trạm Y tế phường | Trạm Y tế phường kiểm tra an t")]
    [InlineData("Đề nghị Công an phường kiểm tra các hộ ở tổ 123. Trạm Y tế phường kiểm tra an toàn thực phẩm.\n", "Công an phường | Đề nghị Công an phường kiểm tr / Trạm Y tế phường | Trạm Y tế phường kiểm tra an t")]
    [InlineData("Đề nghị Công an phường kiểm tra theo Điều 5/QĐ. Trạm Y tế phường kiểm tra an toàn thực phẩm.\n", "Công an phường | Đề nghị Công an phường kiểm tr / Trạm Y tế phường | Trạm Y tế phường kiểm tra an t")]
    [InlineData("Đề nghị Công an phường tăng cường tuần tra ban đêm.Trạm Y tế phường kiểm tra an toàn thực phẩm.\n", "Công an phường | Đề nghị Công an phường tăng cư / Trạm Y tế phường | Trạm Y tế phường kiểm tra an t")]
    public void Sentences_end_at_a_full_stop_an_exclamation_or_a_question_mark(string body, string expected) => Assert.Equal(expected, Read(body));
}
