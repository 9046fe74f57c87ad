using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Mutation survivors of the addressee reader (session 29, mut18; Parsing/Tasks/Addressee.cs): one row for each entry of its
/// phrase tables (directive verbs, field names, assignment openers, trailing cues and marks, cooperation cues, reporting
/// words, residents, speakers that are no unit, a leader's verbs, quotes, staff groups, unit openers). Invented units,
/// places, names and dates; expected is each task's unit, the start of its text, its deadline and partners.
/// </summary>
public class TasksAddresseeSurvivorTests
{
    private const string Header = "Số: 48/TB-UBND\n\nHòa Lợi, ngày 12 tháng 4 năm 2026\n\nTHÔNG BÁO\n\n";

    // "unit | the first 30 chars of the text [| deadline] [| với partners]" per task, joined by " / ".
    private static string Read(string body) => string.Join(" / ", NoticeParser.Parse(Header + body).Tasks.Select(t =>
        $"{t.Unit ?? "null"} | {t.Text[..Math.Min(30, t.Text.Length)]}" + (t.Deadline is { } d ? $" | {d:yyyy-MM-dd}" : "")
        + (t.Cooperating.Count > 0 ? " | với " + string.Join(", ", t.Cooperating) : "")));

    // Each directive verb (Addressees.DirectiveVerbs) puts the unit right after it.
    [Theory]
    [InlineData("1. Giao nhiệm vụ cho Công an phường kiểm tra các quán karaoke trên địa bàn.\n", "Công an phường | Giao nhiệm vụ cho Công an phườ")]
    [InlineData("1. Giao nhiệm vụ tới Công an phường kiểm tra các quán karaoke trên địa bàn.\n", "Công an phường | Giao nhiệm vụ tới Công an phườ")]
    [InlineData("1. Giao cho Công an phường kiểm tra các quán karaoke trên địa bàn.\n", "Công an phường | Giao cho Công an phường kiểm t")]
    [InlineData("1. Giao Công an phường kiểm tra các quán karaoke trên địa bàn.\n", "Công an phường | Giao Công an phường kiểm tra c")]
    [InlineData("1. Kính đề nghị Công an phường kiểm tra các quán karaoke trên địa bàn.\n", "Công an phường | Kính đề nghị Công an phường ki")]
    [InlineData("1. Trân trọng đề nghị Công an phường kiểm tra các quán karaoke trên địa bàn.\n", "Công an phường | Trân trọng đề nghị Công an phư")]
    [InlineData("1. Đề nghị Công an phường kiểm tra các quán karaoke trên địa bàn.\n", "Công an phường | Đề nghị Công an phường kiểm tr")]
    [InlineData("1. Yêu cầu Công an phường kiểm tra các quán karaoke trên địa bàn.\n", "Công an phường | Yêu cầu Công an phường kiểm tr")]
    [InlineData("1. Phân công Công an phường kiểm tra các quán karaoke trên địa bàn.\n", "Công an phường | Phân công Công an phường kiểm ")]
    [InlineData("1. Lưu ý Công an phường kiểm tra các quán karaoke trên địa bàn.\n", "Công an phường | Lưu ý Công an phường kiểm tra ")]
    [InlineData("1. Đề xuất giao Công an phường kiểm tra các quán karaoke trên địa bàn.\n", "Công an phường | Đề xuất giao Công an phường ki")]
    public void A_directive_verb_names_the_unit_after_it(string body, string expected) => Assert.Equal(expected, Read(body));

    // A field line after a task (LeadFields, PartnerFields) gives its unit or its partners.
    [Theory]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn.\n- Trách nhiệm thuộc về: Phòng Kinh tế.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn.\n- Trách nhiệm: Phòng Kinh tế.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn.\n- Đầu mối: Phòng Kinh tế.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn.\n- Đơn vị đầu mối: Phòng Kinh tế.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn.\n- Cơ quan đầu mối: Phòng Kinh tế.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn.\n- Đơn vị: Phòng Kinh tế.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn.\n- Đơn vị thực hiện: Phòng Kinh tế.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn.\n- Đơn vị chủ trì: Phòng Kinh tế.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn.\n- Cơ quan chủ trì: Phòng Kinh tế.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn.\n- Cơ quan thực hiện: Phòng Kinh tế.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn.\n- Chủ trì thực hiện: Phòng Kinh tế.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn.\n- Chủ trì: Phòng Kinh tế.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn.\n- Giao: Phòng Kinh tế.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn.\n- Người thực hiện: Phòng Kinh tế.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn.\n- Trách nhiệm thực hiện: Phòng Kinh tế.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng trên địa bàn.\n- Đơn vị phối hợp: Công an phường.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ | với Công an phường")]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng trên địa bàn.\n- Cơ quan phối hợp: Công an phường.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ | với Công an phường")]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng trên địa bàn.\n- Phối hợp: Công an phường.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ | với Công an phường")]
    public void A_field_line_after_a_task_assigns_it(string body, string expected) => Assert.Equal(expected, Read(body));

    // "Nhiệm vụ này / Nội dung này / Việc này / Các nội dung trên … giao X …" (AssignmentOpeners), or the government that speaks for the notice then "giao" (Governments), only assigns the sentence before it.
    [Theory]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn. Nhiệm vụ này giao Phòng Kinh tế chủ trì thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn. Nội dung này giao Phòng Kinh tế chủ trì thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn. Việc này giao Phòng Kinh tế chủ trì thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn. Các nội dung trên giao Phòng Kinh tế chủ trì thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn. Các nhiệm vụ trên giao Phòng Kinh tế chủ trì thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn. UBND phường giao Phòng Kinh tế chủ trì thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn. Ủy ban nhân dân phường giao Phòng Kinh tế chủ trì thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn. HĐND phường giao Phòng Kinh tế chủ trì thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn. Hội đồng nhân dân phường giao Phòng Kinh tế chủ trì thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn. Đảng ủy phường giao Phòng Kinh tế chủ trì thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn. Thường trực Đảng ủy giao Phòng Kinh tế chủ trì thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn. Ban Thường vụ Đảng ủy giao Phòng Kinh tế chủ trì thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn. Huyện ủy giao Phòng Kinh tế chủ trì thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn. Tỉnh ủy giao Phòng Kinh tế chủ trì thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn. Thành ủy giao Phòng Kinh tế chủ trì thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng trên địa bàn. Quận ủy giao Phòng Kinh tế chủ trì thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    public void A_sentence_that_only_assigns_gives_the_task_its_unit(string body, string expected) => Assert.Equal(expected, Read(body));

    // An assignment written after the item (TrailingCues, TrailingMarks, Dashes): "– giao X thực hiện", "(giao X …)", "…: X thực hiện.", "– X phối hợp Y thực hiện".
    [Theory]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng - giao Phòng Kinh tế thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng – giao Phòng Kinh tế thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng — giao Phòng Kinh tế thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng, giao Phòng Kinh tế thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng; giao Phòng Kinh tế thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng: Phòng Kinh tế thực hiện.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng (giao Phòng Kinh tế thực hiện).\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng do Phòng Kinh tế chủ trì.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng (Phòng Kinh tế chủ trì).\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng - Phòng Kinh tế phối hợp Công an phường thực hiện, trong tháng 6.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng | 2026-06-30 | với Công an phường")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng – Phòng Kinh tế phối hợp Công an phường thực hiện, trong tháng 6.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng | 2026-06-30 | với Công an phường")]
    [InlineData("1. Rà soát hồ sơ đất đai tồn đọng — Phòng Kinh tế phối hợp Công an phường thực hiện, trong tháng 6.\n", "Phòng Kinh tế | Rà soát hồ sơ đất đai tồn đọng | 2026-06-30 | với Công an phường")]
    public void A_unit_written_after_the_item_assigns_it(string body, string expected) => Assert.Equal(expected, Read(body));

    // Units after a cooperation cue (CoopCues) are partners of the task.
    [Theory]
    [InlineData("1. Công an phường tăng cường tuần tra, phối hợp chặt chẽ với Ban Chỉ huy Quân sự phường.\n", "Công an phường | Công an phường tăng cường tuần | với Ban Chỉ huy Quân sự phường")]
    [InlineData("1. Công an phường tăng cường tuần tra, phối hợp với Ban Chỉ huy Quân sự phường.\n", "Công an phường | Công an phường tăng cường tuần | với Ban Chỉ huy Quân sự phường")]
    [InlineData("1. Công an phường tăng cường tuần tra, phối hợp cùng Ban Chỉ huy Quân sự phường.\n", "Công an phường | Công an phường tăng cường tuần | với Ban Chỉ huy Quân sự phường")]
    [InlineData("1. Công an phường tăng cường tuần tra, phối hợp Ban Chỉ huy Quân sự phường.\n", "Công an phường | Công an phường tăng cường tuần | với Ban Chỉ huy Quân sự phường")]
    [InlineData("1. Công an phường tăng cường tuần tra, cùng với Ban Chỉ huy Quân sự phường.\n", "Công an phường | Công an phường tăng cường tuần | với Ban Chỉ huy Quân sự phường")]
    [InlineData("1. Phòng Kinh tế hoàn thiện hồ sơ, bàn giao với Văn phòng HĐND và UBND phường.\n", "Phòng Kinh tế | Phòng Kinh tế hoàn thiện hồ sơ | với Văn phòng HĐND và UBND phường")]
    [InlineData("1. Phòng Kinh tế hoàn thiện hồ sơ, bàn giao cho Văn phòng HĐND và UBND phường.\n", "Phòng Kinh tế | Phòng Kinh tế hoàn thiện hồ sơ | với Văn phòng HĐND và UBND phường")]
    [InlineData("1. Phòng Kinh tế hoàn thiện hồ sơ, chuyển Văn phòng HĐND và UBND phường.\n", "Phòng Kinh tế | Phòng Kinh tế hoàn thiện hồ sơ | với Văn phòng HĐND và UBND phường")]
    [InlineData("1. Phòng Kinh tế hoàn thiện hồ sơ, gửi về Văn phòng HĐND và UBND phường.\n", "Phòng Kinh tế | Phòng Kinh tế hoàn thiện hồ sơ | với Văn phòng HĐND và UBND phường")]
    [InlineData("1. Phòng Kinh tế hoàn thiện hồ sơ, gửi Văn phòng HĐND và UBND phường.\n", "Phòng Kinh tế | Phòng Kinh tế hoàn thiện hồ sơ | với Văn phòng HĐND và UBND phường")]
    public void A_cooperation_cue_names_the_partners(string body, string expected) => Assert.Equal(expected, Read(body));

    // What a unit reported (ReportingVerbs) or did, does or will do (đã, sẽ, đang, vừa, chưa, được) is a statement, no task.
    [Theory]
    [InlineData("1. Công an phường phản ánh tình hình an ninh trật tự tại khu chợ đêm.\n", "")]
    [InlineData("1. Công an phường cho biết tình hình an ninh trật tự tại khu chợ đêm.\n", "")]
    [InlineData("1. Công an phường kiến nghị về tình hình an ninh trật tự tại khu chợ đêm.\n", "")]
    [InlineData("1. Công an phường trình bày tình hình an ninh trật tự tại khu chợ đêm.\n", "")]
    [InlineData("1. Công an phường thảo luận về tình hình an ninh trật tự tại khu chợ đêm.\n", "")]
    [InlineData("1. Công an phường phát biểu về tình hình an ninh trật tự tại khu chợ đêm.\n", "")]
    [InlineData("1. Công an phường tham luận về tình hình an ninh trật tự tại khu chợ đêm.\n", "")]
    [InlineData("1. Công an phường nêu tình hình an ninh trật tự tại khu chợ đêm.\n", "")]
    [InlineData("1. Công an phường giải trình tình hình an ninh trật tự tại khu chợ đêm.\n", "")]
    [InlineData("1. Công an phường tiếp thu, giải trình tình hình an ninh trật tự tại khu chợ đêm.\n", "")]
    [InlineData("1. Công an phường lần lượt báo cáo tình hình an ninh trật tự tại khu chợ đêm.\n", "")]
    [InlineData("1. Công an phường báo cáo: tình hình an ninh trật tự tại khu chợ đêm.\n", "")]
    [InlineData("1. Công an phường đã nắm tình hình an ninh trật tự tại khu chợ đêm.\n", "")]
    [InlineData("1. Công an phường sẽ nắm tình hình an ninh trật tự tại khu chợ đêm.\n", "")]
    [InlineData("1. Công an phường đang nắm tình hình an ninh trật tự tại khu chợ đêm.\n", "")]
    [InlineData("1. Công an phường vừa nắm tình hình an ninh trật tự tại khu chợ đêm.\n", "")]
    [InlineData("1. Công an phường chưa nắm tình hình an ninh trật tự tại khu chợ đêm.\n", "")]
    [InlineData("1. Công an phường được biết tình hình an ninh trật tự tại khu chợ đêm.\n", "")]
    public void What_a_unit_reported_or_did_is_no_task(string body, string expected) => Assert.Equal(expected, Read(body));

    // Residents and households as the subject (PublicSubjects): the heading's unit is not theirs.
    [Theory]
    [InlineData("I. Công an phường:\n\n- Tăng cường tuần tra khu dân cư.\n- Người dân không đốt pháo trong dịp Tết.\n", "Công an phường | Tăng cường tuần tra khu dân cư / null | Người dân không đốt pháo trong")]
    [InlineData("I. Công an phường:\n\n- Tăng cường tuần tra khu dân cư.\n- Nhân dân không đốt pháo trong dịp Tết.\n", "Công an phường | Tăng cường tuần tra khu dân cư / null | Nhân dân không đốt pháo trong ")]
    [InlineData("I. Công an phường:\n\n- Tăng cường tuần tra khu dân cư.\n- Bà con không đốt pháo trong dịp Tết.\n", "Công an phường | Tăng cường tuần tra khu dân cư / null | Bà con không đốt pháo trong dị")]
    [InlineData("I. Công an phường:\n\n- Tăng cường tuần tra khu dân cư.\n- Toàn thể nhân dân không đốt pháo trong dịp Tết.\n", "Công an phường | Tăng cường tuần tra khu dân cư / null | Toàn thể nhân dân không đốt ph")]
    [InlineData("I. Công an phường:\n\n- Tăng cường tuần tra khu dân cư.\n- Mọi người dân không đốt pháo trong dịp Tết.\n", "Công an phường | Tăng cường tuần tra khu dân cư / null | Mọi người dân không đốt pháo t")]
    [InlineData("I. Công an phường:\n\n- Tăng cường tuần tra khu dân cư.\n- Các hộ gia đình không đốt pháo trong dịp Tết.\n", "Công an phường | Tăng cường tuần tra khu dân cư / null | Các hộ gia đình không đốt pháo")]
    [InlineData("I. Công an phường:\n\n- Tăng cường tuần tra khu dân cư.\n- Hộ gia đình không đốt pháo trong dịp Tết.\n", "Công an phường | Tăng cường tuần tra khu dân cư / null | Hộ gia đình không đốt pháo tro")]
    [InlineData("I. Công an phường:\n\n- Tăng cường tuần tra khu dân cư.\n- Các hộ dân không đốt pháo trong dịp Tết.\n", "Công an phường | Tăng cường tuần tra khu dân cư / null | Các hộ dân không đốt pháo tron")]
    [InlineData("I. Công an phường:\n\n- Tăng cường tuần tra khu dân cư.\n- Các hộ kinh doanh không đốt pháo trong dịp Tết.\n", "Công an phường | Tăng cường tuần tra khu dân cư / null | Các hộ kinh doanh không đốt ph")]
    [InlineData("I. Công an phường:\n\n- Tăng cường tuần tra khu dân cư.\n- Các chủ hộ không đốt pháo trong dịp Tết.\n", "Công an phường | Tăng cường tuần tra khu dân cư / null | Các chủ hộ không đốt pháo tron")]
    [InlineData("I. Công an phường:\n\n- Tăng cường tuần tra khu dân cư.\n- Các tiểu thương không đốt pháo trong dịp Tết.\n", "Công an phường | Tăng cường tuần tra khu dân cư / null | Các tiểu thương không đốt pháo")]
    public void Residents_as_the_subject_take_no_unit_from_the_heading(string body, string expected) => Assert.Equal(expected, Read(body));

    // A speaker that is no unit (NonUnitSpeakers: đồng chí, hội nghị, thường trực, đoàn …) then an order names the unit ordered.
    [Theory]
    [InlineData("Đồng chí yêu cầu Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Đồng chí yêu cầu Phòng Kinh tế")]
    [InlineData("Tôi đề nghị Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Tôi đề nghị Phòng Kinh tế rà s")]
    [InlineData("Lãnh đạo thống nhất giao Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Lãnh đạo thống nhất giao Phòng")]
    [InlineData("Ông đề nghị Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Ông đề nghị Phòng Kinh tế rà s")]
    [InlineData("Bà đề nghị Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Bà đề nghị Phòng Kinh tế rà so")]
    [InlineData("Hội nghị thống nhất giao Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Hội nghị thống nhất giao Phòng")]
    [InlineData("Cuộc họp thống nhất giao Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Cuộc họp thống nhất giao Phòng")]
    [InlineData("Chủ tọa đề nghị Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tọa đề nghị Phòng Kinh tế ")]
    [InlineData("Thường trực thống nhất giao Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Thường trực thống nhất giao Ph")]
    [InlineData("Trưởng đoàn đề nghị Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Trưởng đoàn đề nghị Phòng Kinh")]
    [InlineData("Đoàn giám sát đề nghị Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Đoàn giám sát đề nghị Phòng Ki")]
    [InlineData("Đoàn kiểm tra đề nghị Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Đoàn kiểm tra đề nghị Phòng Ki")]
    [InlineData("Đoàn đề nghị Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Đoàn đề nghị Phòng Kinh tế rà ")]
    public void A_speaker_that_is_no_unit_then_an_order(string body, string expected) => Assert.Equal(expected, Read(body));

    // A leader's verbs (AddressingVerbs, LeaderVerbs, SpeakerAdverbs, JoinedSpeakerOrders): the unit ordered after them leads.
    [Theory]
    [InlineData("Chủ tịch UBND phường yêu cầu Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường yêu cầu P")]
    [InlineData("Chủ tịch UBND phường đề nghị Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường đề nghị P")]
    [InlineData("Chủ tịch UBND phường kính đề nghị Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường kính đề n")]
    [InlineData("Chủ tịch UBND phường giao Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường giao Phòn")]
    [InlineData("Chủ tịch UBND phường lưu ý Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường lưu ý Phò")]
    [InlineData("Chủ tịch UBND phường kết luận, giao Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường kết luận,")]
    [InlineData("Chủ tịch UBND phường kết luận và giao Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường kết luận ")]
    [InlineData("Chủ tịch UBND phường thống nhất giao Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường thống nhấ")]
    [InlineData("Chủ tịch UBND phường phân công Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường phân công")]
    [InlineData("Chủ tịch UBND phường chỉ đạo Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường chỉ đạo P")]
    [InlineData("Chủ tịch UBND phường cũng yêu cầu Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường cũng yêu ")]
    [InlineData("Chủ tịch UBND phường đã giao Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường đã giao P")]
    [InlineData("Chủ tịch UBND phường tiếp tục yêu cầu Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường tiếp tục ")]
    [InlineData("Chủ tịch UBND phường trực tiếp giao Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường trực tiếp")]
    [InlineData("Chủ tịch UBND phường trân trọng đề nghị Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường trân trọn")]
    [InlineData("Chủ tịch UBND phường giao nhiệm vụ cho Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường giao nhiệ")]
    [InlineData("Chủ tịch UBND phường giao nhiệm vụ tới Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường giao nhiệ")]
    [InlineData("Chủ tịch UBND phường thống nhất và chỉ đạo Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường thống nhấ")]
    [InlineData("Chủ tịch UBND phường kết luận và chỉ đạo Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường kết luận ")]
    [InlineData("Chủ tịch UBND phường có ý kiến và giao Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường có ý kiến")]
    [InlineData("Chủ tịch UBND phường thông báo và giao Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường thông báo")]
    [InlineData("Chủ tịch UBND phường biểu dương và giao Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường biểu dươn")]
    [InlineData("Chủ tịch UBND phường ghi nhận và giao Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường ghi nhận ")]
    [InlineData("Chủ tịch UBND phường đánh giá và giao Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường đánh giá ")]
    [InlineData("Chủ tịch UBND phường nhấn mạnh và giao Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường nhấn mạnh")]
    [InlineData("Chủ tịch UBND phường phát biểu và giao Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường phát biểu")]
    [InlineData("Chủ tịch UBND phường chủ trì và giao Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng.\n", "Phòng Kinh tế | Chủ tịch UBND phường chủ trì v")]
    [InlineData("Chủ tịch UBND phường nhấn mạnh tình hình sạt lở bờ kênh, yêu cầu Phòng Kinh tế rà soát các điểm nguy cơ.\n", "Phòng Kinh tế | Chủ tịch UBND phường nhấn mạnh")]
    [InlineData("Chủ tịch UBND phường nhấn mạnh tình hình sạt lở bờ kênh, đồng thời yêu cầu Phòng Kinh tế rà soát các điểm nguy cơ.\n", "Phòng Kinh tế | Chủ tịch UBND phường nhấn mạnh")]
    [InlineData("Chủ tịch UBND phường nhấn mạnh tình hình sạt lở bờ kênh, và yêu cầu Phòng Kinh tế rà soát các điểm nguy cơ.\n", "Phòng Kinh tế | Chủ tịch UBND phường nhấn mạnh")]
    [InlineData("Chủ tịch UBND phường nhấn mạnh tình hình sạt lở bờ kênh, cũng yêu cầu Phòng Kinh tế rà soát các điểm nguy cơ.\n", "Phòng Kinh tế | Chủ tịch UBND phường nhấn mạnh")]
    [InlineData("Chủ tịch UBND phường nhấn mạnh tình hình sạt lở bờ kênh và yêu cầu Phòng Kinh tế rà soát các điểm nguy cơ.\n", "Phòng Kinh tế | Chủ tịch UBND phường nhấn mạnh")]
    [InlineData("Chủ tịch UBND phường nhấn mạnh tình hình sạt lở bờ kênh và đề nghị Phòng Kinh tế rà soát các điểm nguy cơ.\n", "Phòng Kinh tế | Chủ tịch UBND phường nhấn mạnh")]
    [InlineData("Chủ tịch UBND phường nhấn mạnh tình hình sạt lở bờ kênh và giao Phòng Kinh tế rà soát các điểm nguy cơ.\n", "Phòng Kinh tế | Chủ tịch UBND phường nhấn mạnh")]
    [InlineData("Chủ tịch UBND phường nhấn mạnh tình hình sạt lở bờ kênh và lưu ý Phòng Kinh tế rà soát các điểm nguy cơ.\n", "Phòng Kinh tế | Chủ tịch UBND phường nhấn mạnh")]
    [InlineData("Chủ tịch UBND phường nhấn mạnh tình hình sạt lở bờ kênh và chỉ đạo Phòng Kinh tế rà soát các điểm nguy cơ.\n", "Phòng Kinh tế | Chủ tịch UBND phường nhấn mạnh")]
    [InlineData("Chủ tịch UBND phường nhấn mạnh tình hình sạt lở bờ kênh và phân công Phòng Kinh tế rà soát các điểm nguy cơ.\n", "Phòng Kinh tế | Chủ tịch UBND phường nhấn mạnh")]
    public void A_leader_speaking_then_an_order(string body, string expected) => Assert.Equal(expected, Read(body));

    // Reported speech in quotes after the order (IsQuote: " “ ” ' ‘).
    [Theory]
    [InlineData("Chủ tịch UBND phường yêu cầu: \"Công an phường phải xử lý dứt điểm tình trạng đua xe.\"\n", "Công an phường | Chủ tịch UBND phường yêu cầu: ")]
    [InlineData("Chủ tịch UBND phường yêu cầu: “Công an phường phải xử lý dứt điểm tình trạng đua xe.”\n", "Công an phường | Chủ tịch UBND phường yêu cầu: ")]
    [InlineData("Chủ tịch UBND phường yêu cầu: ”Công an phường phải xử lý dứt điểm tình trạng đua xe.”\n", "Công an phường | Chủ tịch UBND phường yêu cầu: ")]
    [InlineData("Chủ tịch UBND phường yêu cầu: 'Công an phường phải xử lý dứt điểm tình trạng đua xe.'\n", "Công an phường | Chủ tịch UBND phường yêu cầu: ")]
    [InlineData("Chủ tịch UBND phường yêu cầu: ‘Công an phường phải xử lý dứt điểm tình trạng đua xe.’\n", "Công an phường | Chủ tịch UBND phường yêu cầu: ")]
    public void An_order_in_quotes(string body, string expected) => Assert.Equal(expected, Read(body));

    // The staff after an order (StaffGroups, StaffTails) are every unit.
    [Theory]
    [InlineData("1. Yêu cầu toàn thể cán bộ chấp hành nghiêm giờ làm việc.\n", "Các cơ quan, đơn vị | Yêu cầu toàn thể cán bộ chấp h")]
    [InlineData("1. Yêu cầu cán bộ, công chức chấp hành nghiêm giờ làm việc.\n", "Các cơ quan, đơn vị | Yêu cầu cán bộ, công chức chấp")]
    [InlineData("1. Yêu cầu công chức, viên chức chấp hành nghiêm giờ làm việc.\n", "Các cơ quan, đơn vị | Yêu cầu công chức, viên chức c")]
    [InlineData("1. Yêu cầu cán bộ, đảng viên chấp hành nghiêm giờ làm việc.\n", "Các cơ quan, đơn vị | Yêu cầu cán bộ, đảng viên chấp")]
    [InlineData("1. Yêu cầu cán bộ, công chức, viên chức chấp hành nghiêm giờ làm việc.\n", "Các cơ quan, đơn vị | Yêu cầu cán bộ, công chức, viê")]
    [InlineData("1. Yêu cầu cán bộ, công chức, người lao động chấp hành nghiêm giờ làm việc.\n", "Các cơ quan, đơn vị | Yêu cầu cán bộ, công chức, ngư")]
    [InlineData("1. Yêu cầu cán bộ, đảng viên, công chức chấp hành nghiêm giờ làm việc.\n", "Các cơ quan, đơn vị | Yêu cầu cán bộ, đảng viên, côn")]
    [InlineData("1. Yêu cầu cán bộ, công chức phường chấp hành nghiêm giờ làm việc.\n", "Các cơ quan, đơn vị | Yêu cầu cán bộ, công chức phườ")]
    [InlineData("1. Yêu cầu cán bộ, công chức xã chấp hành nghiêm giờ làm việc.\n", "Các cơ quan, đơn vị | Yêu cầu cán bộ, công chức xã c")]
    [InlineData("1. Yêu cầu cán bộ, công chức cơ quan chấp hành nghiêm giờ làm việc.\n", "Các cơ quan, đơn vị | Yêu cầu cán bộ, công chức cơ q")]
    public void Staff_named_after_an_order_are_every_unit(string body, string expected) => Assert.Equal(expected, Read(body));

    // A heading that ends with whose duties follow (UnitOpeners) gives its unit to the items under it.
    [Theory]
    [InlineData("II. Nhiệm vụ của Công an phường\n\n- Tăng cường tuần tra khu dân cư.\n", "Công an phường | Tăng cường tuần tra khu dân cư")]
    [InlineData("II. Nhiệm vụ cụ thể của Công an phường\n\n- Tăng cường tuần tra khu dân cư.\n", "Công an phường | Tăng cường tuần tra khu dân cư")]
    [InlineData("II. Trách nhiệm của Công an phường\n\n- Tăng cường tuần tra khu dân cư.\n", "Công an phường | Tăng cường tuần tra khu dân cư")]
    [InlineData("II. Thành phần, nhiệm vụ của Công an phường\n\n- Tăng cường tuần tra khu dân cư.\n", "Công an phường | Tăng cường tuần tra khu dân cư")]
    [InlineData("II. Tổ chức thực hiện, nhiệm vụ cụ thể của Công an phường\n\n- Tăng cường tuần tra khu dân cư.\n", "Công an phường | Tăng cường tuần tra khu dân cư")]
    [InlineData("II. Tổ chức thực hiện, trách nhiệm của Công an phường\n\n- Tăng cường tuần tra khu dân cư.\n", "Công an phường | Tăng cường tuần tra khu dân cư")]
    [InlineData("II. Về phía Công an phường:\n\n- Tăng cường tuần tra khu dân cư.\n", "Công an phường | Tăng cường tuần tra khu dân cư")]
    [InlineData("II. Đối với Công an phường:\n\n- Tăng cường tuần tra khu dân cư.\n", "Công an phường | Tăng cường tuần tra khu dân cư")]
    public void A_heading_naming_whose_duties_follow(string body, string expected) => Assert.Equal(expected, Read(body));
}
