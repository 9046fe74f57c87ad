using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Mutation survivors of the addressee reader (session 29, mut18; Parsing/Tasks/Addressee.cs): one row for each entry of its
/// phrase tables (directive verbs, field names, assignment openers, trailing cues and marks, cooperation cues, reporting
/// words, residents, speakers that are no unit, a leader's verbs, quotes, staff groups, unit openers, openers before the
/// subject). Invented units, places, names and dates; expected is each task's unit, the start of its text, its deadline and
/// partners.
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

    // An opener (OpenerStarts: a setting, a time, a purpose) then a comma, then the unit that does the work.
    [Theory]
    [InlineData("1. Về công tác an ninh trật tự, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Về công tác an ninh trật tự, C")]
    [InlineData("1. Đối với khu vực chợ đêm, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Đối với khu vực chợ đêm, Công ")]
    [InlineData("1. Để bảo đảm an toàn dịp lễ, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Để bảo đảm an toàn dịp lễ, Côn")]
    [InlineData("1. Trong tháng 6, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Trong tháng 6, Công an phường  | 2026-06-30")]
    [InlineData("1. Tại khu vực chợ đêm, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Tại khu vực chợ đêm, Công an p")]
    [InlineData("1. Kết luận phiên họp, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Kết luận phiên họp, Công an ph")]
    [InlineData("1. Phát biểu chỉ đạo, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Phát biểu chỉ đạo, Công an phư")]
    [InlineData("1. Thực hiện Kế hoạch số 12/KH-UBND, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Thực hiện Kế hoạch số 12/KH-UB")]
    [InlineData("1. Căn cứ tình hình thực tế, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Căn cứ tình hình thực tế, Công")]
    [InlineData("1. Sau khi nghe báo cáo, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Sau khi nghe báo cáo, Công an ")]
    [InlineData("1. Theo kế hoạch, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Theo kế hoạch, Công an phường ")]
    [InlineData("1. Bên cạnh đó, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Bên cạnh đó, Công an phường tă")]
    [InlineData("1. Ngoài ra, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Ngoài ra, Công an phường tăng ")]
    [InlineData("1. Nhằm giữ gìn trật tự, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Nhằm giữ gìn trật tự, Công an ")]
    [InlineData("1. Trên cơ sở kết quả kiểm tra, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Trên cơ sở kết quả kiểm tra, C")]
    [InlineData("1. Qua kiểm tra, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Qua kiểm tra, Công an phường t")]
    [InlineData("1. Với tinh thần chủ động, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Với tinh thần chủ động, Công a")]
    [InlineData("1. Nhân dịp Quốc khánh, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Nhân dịp Quốc khánh, Công an p")]
    [InlineData("1. Trước tình hình trên, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Trước tình hình trên, Công an ")]
    [InlineData("1. Hiện nay, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Hiện nay, Công an phường tăng ")]
    [InlineData("1. Thời gian tới, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Thời gian tới, Công an phường ")]
    [InlineData("1. Riêng khu vực chợ đêm, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Riêng khu vực chợ đêm, Công an")]
    [InlineData("1. Cụ thể, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Cụ thể, Công an phường tăng cư")]
    [InlineData("1. Mặt khác, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Mặt khác, Công an phường tăng ")]
    [InlineData("1. Tiếp đó, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Tiếp đó, Công an phường tăng c")]
    [InlineData("1. Sau đó, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Sau đó, Công an phường tăng cư")]
    [InlineData("1. Cũng tại hội nghị, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Cũng tại hội nghị, Công an phư")]
    [InlineData("1. Đặc biệt, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Đặc biệt, Công an phường tăng ")]
    [InlineData("1. Trước mắt, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Trước mắt, Công an phường tăng")]
    [InlineData("1. Ngày 20/6, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Ngày 20/6, Công an phường tăng")]
    [InlineData("1. Sáng 20/6, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Sáng 20/6, Công an phường tăng")]
    [InlineData("1. Chiều 20/6, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Chiều 20/6, Công an phường tăn")]
    [InlineData("1. Tối 20/6, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Tối 20/6, Công an phường tăng ")]
    [InlineData("1. Trưa 20/6, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Trưa 20/6, Công an phường tăng")]
    [InlineData("1. Nhận được văn bản này, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Nhận được văn bản này, Công an")]
    [InlineData("1. Đến nay, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Đến nay, Công an phường tăng c")]
    [InlineData("1. Từ nay đến cuối năm, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Từ nay đến cuối năm, Công an p")]
    [InlineData("1. Khi có tin báo, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Khi có tin báo, Công an phường")]
    [InlineData("1. Nếu phát hiện vi phạm, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Nếu phát hiện vi phạm, Công an")]
    [InlineData("1. Do tình hình phức tạp, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Do tình hình phức tạp, Công an")]
    [InlineData("1. Vì an toàn của nhân dân, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Vì an toàn của nhân dân, Công ")]
    [InlineData("1. Cuối cùng, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Cuối cùng, Công an phường tăng")]
    [InlineData("1. Bên cạnh việc tuyên truyền, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Bên cạnh việc tuyên truyền, Cô")]
    [InlineData("1. Tiếp theo, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Tiếp theo, Công an phường tăng")]
    [InlineData("1. Chủ trì hội nghị xong, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Chủ trì hội nghị xong, Công an")]
    [InlineData("1. Chốt lại, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Chốt lại, Công an phường tăng ")]
    [InlineData("1. Nhìn chung, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Nhìn chung, Công an phường tăn")]
    [InlineData("1. Tóm lại, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Tóm lại, Công an phường tăng c")]
    [InlineData("1. Sau hội nghị, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Sau hội nghị, Công an phường t")]
    [InlineData("1. Định kỳ hằng tháng, Công an phường tăng cường tuần tra khu vực chợ đêm.\n", "Công an phường | Định kỳ hằng tháng, Công an ph")]
    public void An_opener_before_the_subject_is_passed(string body, string expected) => Assert.Equal(expected, Read(body));
}
