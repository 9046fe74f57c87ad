using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Mutation survivors of the task reader (session 29, mut18; Parsing/Tasks/TaskReader.cs and Clauses.cs): one row for each entry
/// of its phrase tables (schedule days and headings, attached titles, field names, event times and verbs, attendee and
/// pledge words, report cues, closing words, follow-up verbs, order verbs) and for the conditions around them. Invented
/// units, places, names and dates; expected is each task's unit, the start of its text and its deadline.
/// </summary>
public class TasksReaderSurvivorTests
{
    private const string Header = "Số: 48/TB-UBND\n\nHòa Lợi, ngày 12 tháng 4 năm 2026\n\nTHÔNG BÁO\n\n";

    // "unit | the first 30 chars of the text [| deadline] [| với partners]" per task, joined by " / ".
    private static string Read(string body) => string.Join(" / ", NoticeParser.Parse(Header + body).Tasks.Select(t =>
        $"{t.Unit ?? "null"} | {t.Text[..Math.Min(30, t.Text.Length)]}" + (t.Deadline is { } d ? $" | {d:yyyy-MM-dd}" : "")
        + (t.Cooperating.Count > 0 ? " | với " + string.Join(", ", t.Cooperating) : "")));

    // A week's schedule line (a weekday or a part of a day, a date, a colon) that a leader keeps: no task (TaskReader.IsScheduleLine, DayParts, Weekdays).
    [Theory]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n- Thứ Hai 21/4: Chủ tịch UBND phường tiếp công dân định kỳ.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n- Thứ Ba 21/4: Chủ tịch UBND phường tiếp công dân định kỳ.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n- Thứ Tư 21/4: Chủ tịch UBND phường tiếp công dân định kỳ.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n- Thứ Năm 21/4: Chủ tịch UBND phường tiếp công dân định kỳ.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n- Thứ Sáu 21/4: Chủ tịch UBND phường tiếp công dân định kỳ.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n- Thứ Bảy 21/4: Chủ tịch UBND phường tiếp công dân định kỳ.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n- Chủ nhật 21/4: Chủ tịch UBND phường tiếp công dân định kỳ.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n- Sáng thứ Ba 21/4: Chủ tịch UBND phường tiếp công dân định kỳ.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n- Chiều thứ Ba 21/4: Chủ tịch UBND phường tiếp công dân định kỳ.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n- Tối thứ Ba 21/4: Chủ tịch UBND phường tiếp công dân định kỳ.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n- Trưa thứ Ba 21/4: Chủ tịch UBND phường tiếp công dân định kỳ.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    public void A_weekday_schedule_line_is_an_appointment(string body, string expected) => Assert.Equal(expected, Read(body));

    // Under "LỊCH CÔNG TÁC / LỊCH LÀM VIỆC / LỊCH TRỰC / LỊCH TUẦN" even a unit's line is an appointment (ScheduleHeadings).
    [Theory]
    [InlineData("I. NHIỆM VỤ\n- Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nII. LỊCH CÔNG TÁC TUẦN 17\n- Thứ Ba 21/4: Phòng Văn hóa - Xã hội tổ chức tập huấn công tác gia đình.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("I. NHIỆM VỤ\n- Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nII. LỊCH LÀM VIỆC TUẦN 17\n- Thứ Ba 21/4: Phòng Văn hóa - Xã hội tổ chức tập huấn công tác gia đình.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("I. NHIỆM VỤ\n- Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nII. LỊCH TRỰC TUẦN 17\n- Thứ Ba 21/4: Phòng Văn hóa - Xã hội tổ chức tập huấn công tác gia đình.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("I. NHIỆM VỤ\n- Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nII. LỊCH TUẦN 17\n- Thứ Ba 21/4: Phòng Văn hóa - Xã hội tổ chức tập huấn công tác gia đình.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    public void Under_a_schedule_heading_a_units_line_is_an_appointment_too(string body, string expected) => Assert.Equal(expected, Read(body));

    // Outside a schedule heading: a leader, a person or a visiting delegation keeps an appointment; a unit of the ward (the youth union too), a line that names who prepares, a line with no date or a long time before the colon is a task; "giao ban" is a briefing.
    [Theory]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n- Thứ Ba 21/4: Ông Lý Văn Bình làm việc với tổ dân phố 4.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n- Thứ Ba 21/4: Đoàn kiểm tra của quận làm việc về chuyển đổi số.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n- Thứ Ba 21/4: Đoàn Thanh niên phường tổ chức ra quân làm sạch kênh.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch / Đoàn Thanh niên phường | Thứ Ba 21/4: Đoàn Thanh niên p")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n- Thứ Ba 21/4: Phòng Văn hóa - Xã hội tổ chức tập huấn.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch / Phòng Văn hóa - Xã hội | Thứ Ba 21/4: Phòng Văn hóa - X")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n- Thứ Ba 21/4: Giao ban khối văn hóa - xã hội.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\n2. Thứ Ba hằng tuần: Chủ tịch UBND phường tiếp công dân.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch / null | Thứ Ba hằng tuần: Chủ tịch UBN")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\n2. Thứ Ba, sau khi kết thúc hội nghị giao ban toàn phường ngày 21/4: Chủ tịch UBND phường tiếp công dân.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch / null | Thứ Ba, sau khi kết thúc hội n")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\n2. Thứ Ba 21/4: Chủ tịch UBND phường tiếp công dân.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    public void Outside_a_schedule_a_weekday_line_is_a_task_when_a_unit_works(string body, string expected) => Assert.Equal(expected, Read(body));

    // A document attached after the signature, titled in capitals (AttachedTitles), is read like the first; a title not all in capitals is not.
    [Theory]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn Tâm\n\nKẾ HOẠCH PHÒNG CHỐNG DỊCH BỆNH NĂM 2026\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND)\n\n1. Công an phường kiểm tra các cơ sở kinh doanh.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch / Công an phường | Công an phường kiểm tra các cơ")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn Tâm\n\nQUY CHẾ PHỐI HỢP PHÒNG CHỐNG DỊCH BỆNH\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND)\n\n1. Công an phường kiểm tra các cơ sở kinh doanh.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch / Công an phường | Công an phường kiểm tra các cơ")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn Tâm\n\nQUY ĐỊNH VỀ PHÒNG CHỐNG DỊCH BỆNH\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND)\n\n1. Công an phường kiểm tra các cơ sở kinh doanh.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch / Công an phường | Công an phường kiểm tra các cơ")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn Tâm\n\nCHƯƠNG TRÌNH PHÒNG CHỐNG DỊCH BỆNH NĂM 2026\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND)\n\n1. Công an phường kiểm tra các cơ sở kinh doanh.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch / Công an phường | Công an phường kiểm tra các cơ")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn Tâm\n\nPHƯƠNG ÁN PHÒNG CHỐNG DỊCH BỆNH NĂM 2026\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND)\n\n1. Công an phường kiểm tra các cơ sở kinh doanh.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch / Công an phường | Công an phường kiểm tra các cơ")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn Tâm\n\nHƯỚNG DẪN PHÒNG CHỐNG DỊCH BỆNH\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND)\n\n1. Công an phường kiểm tra các cơ sở kinh doanh.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch / Công an phường | Công an phường kiểm tra các cơ")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn Tâm\n\nPHỤ LỤC PHÂN CÔNG NHIỆM VỤ\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND)\n\n1. Công an phường kiểm tra các cơ sở kinh doanh.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch / Công an phường | Công an phường kiểm tra các cơ")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn Tâm\n\nDANH MỤC NHIỆM VỤ NĂM 2026\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND)\n\n1. Công an phường kiểm tra các cơ sở kinh doanh.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch / Công an phường | Công an phường kiểm tra các cơ")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn Tâm\n\nKẾ HOẠCH phòng chống dịch bệnh năm 2026\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND)\n\n1. Công an phường kiểm tra các cơ sở kinh doanh.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    public void An_attached_document_after_the_signature_is_read(string body, string expected) => Assert.Equal(expected, Read(body));

    // A field line under a task (AttributeFields: "Kinh phí: …", "Địa điểm: …", "Kinh phí thực hiện: …") is no task of its own.
    [Theory]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Hình thức: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Thời gian: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Thời hạn: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Đơn vị thực hiện: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Đơn vị chủ trì: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Cơ quan chủ trì: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Cơ quan thực hiện: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Đơn vị phối hợp: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Cơ quan phối hợp: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Chủ trì: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Phối hợp: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Kinh phí: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Sản phẩm: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Địa điểm: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Thành phần: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Đối tượng: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Tiến độ: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Kết quả: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Phương thức: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Cách thức: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Quy mô: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Số lượng: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Người thực hiện: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Trách nhiệm thực hiện: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Yêu cầu: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Nơi nhận kết quả: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Nơi nhận báo cáo: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Đầu mối: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Liên hệ: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Kinh phí thực hiện: theo hướng dẫn riêng của ngành y tế.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm ")]
    public void A_field_line_under_a_task_belongs_to_it(string body, string expected) => Assert.Equal(expected, Read(body));

    // A short line that only dates the task above (DeadlineFields) gives its deadline and is no task.
    [Theory]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Thời gian hoàn thành ngày 15/5/2026.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm  | 2026-05-15")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Thời hạn ngày 15/5/2026.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm  | 2026-05-15")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Hạn hoàn thành ngày 15/5/2026.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm  | 2026-05-15")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Hạn chót ngày 15/5/2026.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm  | 2026-05-15")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Hoàn thành trước ngày 15/5/2026.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm  | 2026-05-15")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Hoàn thành chậm nhất ngày 15/5/2026.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm  | 2026-05-15")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Hoàn thành trong ngày 15/5/2026.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm  | 2026-05-15")]
    [InlineData("1. Trạm Y tế phường tổ chức tiêm vắc xin sởi cho trẻ em.\n- Tiến độ: xong trước ngày 15/5/2026.\n", "Trạm Y tế phường | Trạm Y tế phường tổ chức tiêm  | 2026-05-15")]
    public void A_deadline_line_under_a_task_dates_it(string body, string expected) => Assert.Equal(expected, Read(body));

    // "Nội dung / Nhiệm vụ / Công việc …: X" (ContentFields) is the task; the unit and deadline fields after it attach.
    [Theory]
    [InlineData("II. NỘI DUNG\n\n- Nội dung: Rà soát danh sách hộ cận nghèo năm 2026.\n- Đơn vị chủ trì: Phòng Văn hóa - Xã hội.\n- Thời hạn: trước ngày 15/5/2026.\n", "Phòng Văn hóa - Xã hội | Rà soát danh sách hộ cận nghèo | 2026-05-15")]
    [InlineData("II. NỘI DUNG\n\n- Nhiệm vụ: Rà soát danh sách hộ cận nghèo năm 2026.\n- Đơn vị chủ trì: Phòng Văn hóa - Xã hội.\n- Thời hạn: trước ngày 15/5/2026.\n", "Phòng Văn hóa - Xã hội | Rà soát danh sách hộ cận nghèo | 2026-05-15")]
    [InlineData("II. NỘI DUNG\n\n- Công việc: Rà soát danh sách hộ cận nghèo năm 2026.\n- Đơn vị chủ trì: Phòng Văn hóa - Xã hội.\n- Thời hạn: trước ngày 15/5/2026.\n", "Phòng Văn hóa - Xã hội | Rà soát danh sách hộ cận nghèo | 2026-05-15")]
    [InlineData("II. NỘI DUNG\n\n- Nội dung công việc: Rà soát danh sách hộ cận nghèo năm 2026.\n- Đơn vị chủ trì: Phòng Văn hóa - Xã hội.\n- Thời hạn: trước ngày 15/5/2026.\n", "Phòng Văn hóa - Xã hội | Rà soát danh sách hộ cận nghèo | 2026-05-15")]
    [InlineData("II. NỘI DUNG\n\n- Nội dung nhiệm vụ: Rà soát danh sách hộ cận nghèo năm 2026.\n- Đơn vị chủ trì: Phòng Văn hóa - Xã hội.\n- Thời hạn: trước ngày 15/5/2026.\n", "Phòng Văn hóa - Xã hội | Rà soát danh sách hộ cận nghèo | 2026-05-15")]
    [InlineData("II. NỘI DUNG\n\n- Nhiệm vụ 2: Rà soát danh sách hộ cận nghèo năm 2026.\n- Đơn vị chủ trì: Phòng Văn hóa - Xã hội.\n- Thời hạn: trước ngày 15/5/2026.\n", "Phòng Văn hóa - Xã hội | Rà soát danh sách hộ cận nghèo | 2026-05-15")]
    public void A_content_field_is_the_task_and_the_fields_after_it_attach(string body, string expected) => Assert.Equal(expected, Read(body));

    // A numbered topic whose lines are all fields, one of them a date or a unit, is one task.
    [Theory]
    [InlineData("1. Tuyên truyền phòng chống sốt xuất huyết\n- Thời gian: trước ngày 15/5/2026.\n- Địa điểm: các tổ dân phố.\n", "null | Tuyên truyền phòng chống sốt x | 2026-05-15")]
    [InlineData("1. Tuyên truyền phòng chống sốt xuất huyết\n- Đơn vị thực hiện: Trạm Y tế phường.\n- Địa điểm: các tổ dân phố.\n", "Trạm Y tế phường | Tuyên truyền phòng chống sốt x")]
    public void A_numbered_item_whose_lines_are_fields_is_one_task(string body, string expected) => Assert.Equal(expected, Read(body));

    // A news paragraph: a time first (EventTimes), the unit, then the meeting it held (EventVerbs) reports an event, no order.
    [Theory]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nSáng 14/10, UBND phường Tân Hòa tổ chức hội nghị tổng kết công tác dân vận năm 2026.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nChiều 14/10, UBND phường Tân Hòa tổ chức hội nghị tổng kết công tác dân vận năm 2026.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nTối 14/10, UBND phường Tân Hòa tổ chức hội nghị tổng kết công tác dân vận năm 2026.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nTrưa 14/10, UBND phường Tân Hòa tổ chức hội nghị tổng kết công tác dân vận năm 2026.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nNgày 14/10, UBND phường Tân Hòa tổ chức hội nghị tổng kết công tác dân vận năm 2026.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nSáng nay 14/10, UBND phường Tân Hòa tổ chức hội nghị tổng kết công tác dân vận năm 2026.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nChiều nay 14/10, UBND phường Tân Hòa tổ chức hội nghị tổng kết công tác dân vận năm 2026.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nHôm nay 14/10, UBND phường Tân Hòa tổ chức hội nghị tổng kết công tác dân vận năm 2026.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nHôm qua 13/10, UBND phường Tân Hòa tổ chức hội nghị tổng kết công tác dân vận năm 2026.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nSáng 14/10, Hội Nông dân phường Tân Hòa tổ chức họp tổng kết phong trào nông dân sản xuất giỏi.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nSáng 14/10, Hội Nông dân phường Tân Hòa tổ chức lễ tổng kết phong trào nông dân sản xuất giỏi.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nSáng 14/10, Hội Nông dân phường Tân Hòa tổ chức buổi tổng kết phong trào nông dân sản xuất giỏi.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nSáng 14/10, Hội Nông dân phường Tân Hòa tổ chức cuộc tổng kết phong trào nông dân sản xuất giỏi.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nSáng 14/10, Hội Nông dân phường Tân Hòa tổ chức kỳ họp tổng kết phong trào nông dân sản xuất giỏi.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nSáng 14/10, Hội Nông dân phường Tân Hòa tổ chức hội thảo tổng kết phong trào nông dân sản xuất giỏi.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nSáng 14/10, Hội Nông dân phường Tân Hòa tổ chức đại hội tổng kết phong trào nông dân sản xuất giỏi.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nSáng 14/10, Hội Nông dân phường Tân Hòa tổ chức tọa đàm tổng kết phong trào nông dân sản xuất giỏi.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nSáng 14/10, Hội Nông dân phường Tân Hòa long trọng tổ chức tổng kết phong trào nông dân sản xuất giỏi.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nSáng 14/10, Hội Nông dân phường Tân Hòa đã tổ chức tổng kết phong trào nông dân sản xuất giỏi.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nSáng 14/10, Hội Nông dân phường Tân Hòa họp tổng kết phong trào nông dân sản xuất giỏi.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nSáng 14/10, Hội Nông dân phường Tân Hòa tiến hành họp tổng kết phong trào nông dân sản xuất giỏi.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    public void A_news_paragraph_opening_on_the_event_it_reports_is_no_task(string body, string expected) => Assert.Equal(expected, Read(body));

    // Who attended (AttendeeStarts) or what a unit pledged (PledgeWords) in a news paragraph orders nothing.
    [Theory]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nDự hội nghị có Công an phường Tân Hòa, Trạm Y tế phường và đại diện các tổ dân phố.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nDự hội nghị còn có Công an phường Tân Hòa, Trạm Y tế phường và đại diện các tổ dân phố.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nTham dự hội nghị có Công an phường Tân Hòa, Trạm Y tế phường và đại diện các tổ dân phố.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nTham dự có Công an phường Tân Hòa, Trạm Y tế phường và đại diện các tổ dân phố.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nDự buổi làm việc có Công an phường Tân Hòa, Trạm Y tế phường và đại diện các tổ dân phố.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nTham dự buổi làm việc có Công an phường Tân Hòa, Trạm Y tế phường và đại diện các tổ dân phố.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nCùng dự có Công an phường Tân Hòa, Trạm Y tế phường và đại diện các tổ dân phố.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nDự họp có Công an phường Tân Hòa, Trạm Y tế phường và đại diện các tổ dân phố.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nTham dự cuộc họp có Công an phường Tân Hòa, Trạm Y tế phường và đại diện các tổ dân phố.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nHội Cựu chiến binh phường quyết tâm hoàn thành chỉ tiêu vận động quỹ trong năm.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nHội Cựu chiến binh phường cam kết hoàn thành chỉ tiêu vận động quỹ trong năm.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nHội Cựu chiến binh phường hứa hoàn thành chỉ tiêu vận động quỹ trong năm.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch")]
    public void Who_attended_or_pledged_in_a_news_paragraph_is_no_task(string body, string expected) => Assert.Equal(expected, Read(body));

    // "X cho biết, / nhấn mạnh, / thông tin, … Y giao Z …" (ReportCues): the clause after the speaker's verb is the order.
    [Theory]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nTại buổi làm việc, Chủ tịch UBND phường cho biết, UBND phường giao Công an phường kiểm tra các quán karaoke.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch / Công an phường | Tại buổi làm việc, Chủ tịch UB")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nTại buổi làm việc, Chủ tịch UBND phường cho biết: UBND phường giao Công an phường kiểm tra các quán karaoke.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch / Công an phường | Tại buổi làm việc, Chủ tịch UB")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nTại buổi làm việc, Chủ tịch UBND phường nhấn mạnh, UBND phường giao Công an phường kiểm tra các quán karaoke.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch / Công an phường | Tại buổi làm việc, Chủ tịch UB")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nTại buổi làm việc, Chủ tịch UBND phường khẳng định, UBND phường giao Công an phường kiểm tra các quán karaoke.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch / Công an phường | Tại buổi làm việc, Chủ tịch UB")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nTại buổi làm việc, Chủ tịch UBND phường thông tin, UBND phường giao Công an phường kiểm tra các quán karaoke.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch / Công an phường | Tại buổi làm việc, Chủ tịch UB")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nTại buổi làm việc, Chủ tịch UBND phường chia sẻ, UBND phường giao Công an phường kiểm tra các quán karaoke.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch / Công an phường | Tại buổi làm việc, Chủ tịch UB")]
    [InlineData("1. Trạm Y tế phường giám sát dịch sốt xuất huyết.\n\nTại buổi làm việc, Chủ tịch UBND phường lưu ý, UBND phường giao Công an phường kiểm tra các quán karaoke.\n", "Trạm Y tế phường | Trạm Y tế phường giám sát dịch / Công an phường | Tại buổi làm việc, Chủ tịch UB")]
    public void What_a_speaker_reports_then_an_order_is_the_order(string body, string expected) => Assert.Equal(expected, Read(body));

    // A closing formula as a later sentence of an item (ClosingWords: khó khăn, vướng mắc, biết, hiệu lực, thi hành, thay thế) is not part of the task.
    [Theory]
    [InlineData("1. Công an phường tăng cường tuần tra ban đêm. Trong quá trình thực hiện nếu có khó khăn, kịp thời báo cáo UBND phường.\n", "Công an phường | Công an phường tăng cường tuần")]
    [InlineData("1. Công an phường tăng cường tuần tra ban đêm. Nếu có vướng mắc, các đơn vị báo cáo về Văn phòng để tổng hợp.\n", "Công an phường | Công an phường tăng cường tuần")]
    [InlineData("1. Công an phường tăng cường tuần tra ban đêm. Thông báo để các đơn vị biết, thực hiện.\n", "Công an phường | Công an phường tăng cường tuần")]
    [InlineData("1. Công an phường tăng cường tuần tra ban đêm. Thông báo này có hiệu lực kể từ ngày ký.\n", "Công an phường | Công an phường tăng cường tuần")]
    [InlineData("1. Công an phường tăng cường tuần tra ban đêm. Trưởng các đơn vị chịu trách nhiệm thi hành Thông báo này.\n", "Công an phường | Công an phường tăng cường tuần")]
    [InlineData("1. Công an phường tăng cường tuần tra ban đêm. Thông báo này thay thế Thông báo số 20/TB-UBND.\n", "Công an phường | Công an phường tăng cường tuần")]
    public void A_closing_formula_inside_an_item_is_dropped(string body, string expected) => Assert.Equal(expected, Read(body));

    // "Các đơn vị hoàn thành / báo cáo / gửi … trước ngày …" after an order (FollowUpVerbs) goes on with the task: its date, no new task.
    [Theory]
    [InlineData("1. Đề nghị Hiệu trưởng các trường rà soát danh sách học sinh khuyết tật. Các đơn vị hoàn thành trước ngày 24/5/2026.\n", "Hiệu trưởng các trường | Đề nghị Hiệu trưởng các trường | 2026-05-24")]
    [InlineData("1. Đề nghị Hiệu trưởng các trường rà soát danh sách học sinh khuyết tật. Các đơn vị báo cáo kết quả trước ngày 24/5/2026.\n", "Hiệu trưởng các trường | Đề nghị Hiệu trưởng các trường | 2026-05-24")]
    [InlineData("1. Đề nghị Hiệu trưởng các trường rà soát danh sách học sinh khuyết tật. Các đơn vị gửi danh sách trước ngày 24/5/2026.\n", "Hiệu trưởng các trường | Đề nghị Hiệu trưởng các trường | 2026-05-24")]
    [InlineData("1. Đề nghị Hiệu trưởng các trường rà soát danh sách học sinh khuyết tật. Các đơn vị thực hiện trước ngày 24/5/2026.\n", "Hiệu trưởng các trường | Đề nghị Hiệu trưởng các trường | 2026-05-24")]
    [InlineData("1. Đề nghị Hiệu trưởng các trường rà soát danh sách học sinh khuyết tật. Các đơn vị nghiêm túc thực hiện trước ngày 24/5/2026.\n", "Hiệu trưởng các trường | Đề nghị Hiệu trưởng các trường | 2026-05-24")]
    [InlineData("1. Đề nghị Hiệu trưởng các trường rà soát danh sách học sinh khuyết tật. Các đơn vị khẩn trương hoàn thành trước ngày 24/5/2026.\n", "Hiệu trưởng các trường | Đề nghị Hiệu trưởng các trường | 2026-05-24")]
    [InlineData("1. Đề nghị Hiệu trưởng các trường rà soát danh sách học sinh khuyết tật. Các đơn vị chủ động báo cáo trước ngày 24/5/2026.\n", "Hiệu trưởng các trường | Đề nghị Hiệu trưởng các trường | 2026-05-24")]
    [InlineData("1. Đề nghị Hiệu trưởng các trường rà soát danh sách học sinh khuyết tật. Các đơn vị tổng hợp trước ngày 24/5/2026.\n", "Hiệu trưởng các trường | Đề nghị Hiệu trưởng các trường | 2026-05-24")]
    [InlineData("1. Đề nghị Hiệu trưởng các trường rà soát danh sách học sinh khuyết tật. Các đơn vị phối hợp thực hiện trước ngày 24/5/2026.\n", "Hiệu trưởng các trường | Đề nghị Hiệu trưởng các trường | 2026-05-24")]
    [InlineData("1. Đề nghị Hiệu trưởng các trường rà soát danh sách học sinh khuyết tật. Các đơn vị , báo cáo trước ngày 24/5/2026.\n", "Hiệu trưởng các trường | Đề nghị Hiệu trưởng các trường | 2026-05-24")]
    public void Every_unit_told_to_finish_or_report_goes_on_with_the_task(string body, string expected) => Assert.Equal(expected, Read(body));

    // "…; giao / giao cho / đề nghị / yêu cầu X …" (Clauses.OrderVerbs) starts a task of X.
    [Theory]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng; giao cho Công an phường kiểm tra việc lấn chiếm vỉa hè.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ / Công an phường | giao cho Công an phường kiểm t")]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng; giao Công an phường kiểm tra việc lấn chiếm vỉa hè.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ / Công an phường | giao Công an phường kiểm tra v")]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng; đề nghị Công an phường kiểm tra việc lấn chiếm vỉa hè.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ / Công an phường | đề nghị Công an phường kiểm tr")]
    [InlineData("1. Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng; yêu cầu Công an phường kiểm tra việc lấn chiếm vỉa hè.\n", "Phòng Kinh tế | Phòng Kinh tế rà soát hồ sơ đấ / Công an phường | yêu cầu Công an phường kiểm tr")]
    public void An_order_after_a_semicolon_starts_a_task(string body, string expected) => Assert.Equal(expected, Read(body));
}
