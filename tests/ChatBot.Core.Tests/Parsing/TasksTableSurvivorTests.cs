using ChatBot.Core.Parsing.Tasks;

namespace ChatBot.Core.Tests.Parsing;

/// <summary>
/// Mutation survivors of the task-table reader (session 29, mut18; Parsing/Tasks/TaskTableReader.cs): the day cells of a
/// schedule (each weekday, part of the day, "CN", "ngày"), the month and quarter columns of a Gantt table, ditto cells,
/// the dash lines of a text cell and the header words that name a column. Invented dates and units.
/// </summary>
public class TasksTableSurvivorTests
{
    [Theory]
    [InlineData("Thứ Hai 07/12", "07/12")]
    [InlineData("Thứ Ba 08/12", "08/12")]
    [InlineData("Thứ Tư 09/12", "09/12")]
    [InlineData("Thứ Năm 10/12", "10/12")]
    [InlineData("Thứ Sáu 11/12", "11/12")]
    [InlineData("Thứ Bảy 12/12", "12/12")]
    [InlineData("Thứ 7 (12/12)", "12/12)")]
    [InlineData("Thứ 2 - 07/12", "07/12")]
    [InlineData("Chủ nhật 13/12", "13/12")]
    [InlineData("CN 13/12", "13/12")]
    [InlineData("Sáng thứ Năm, 10/12/2026", "10/12/2026")]
    [InlineData("Chiều thứ Năm 10/12", "10/12")]
    [InlineData("Tối thứ Năm 10/12", "10/12")]
    [InlineData("Trưa thứ Năm 10/12", "10/12")]
    [InlineData("Thứ Hai, ngày 14/12", "14/12")]
    [InlineData("Ngày 30/9", "Ngày 30/9")]
    [InlineData("Năm 2026", "Năm 2026")]
    [InlineData("Sáng 10/12", "Sáng 10/12")]
    [InlineData("Thứ 8 10/12", "Thứ 8 10/12")]
    [InlineData("Thứ Hai tuần sau", "Thứ Hai tuần sau")]
    [InlineData("Tháng 12 ngày 10", "Tháng 12 ngày 10")]
    public void A_day_cell_is_read_from_its_date_after_the_weekday(string cell, string from) =>
        Assert.Equal(from, cell[TaskTableReader.DayStart(cell)..]);

    [Theory]
    [InlineData("T3", 3, null)]
    [InlineData("T.3", 3, null)]
    [InlineData("Th3", 3, null)]
    [InlineData("Th.3", 3, null)]
    [InlineData("Th 3", 3, null)]
    [InlineData("Tháng 3", 3, null)]
    [InlineData("Tháng 11", 11, null)]
    [InlineData("T3/2027", 3, 2027)]
    [InlineData("T3-2027", 3, 2027)]
    [InlineData("T3.2027", 3, 2027)]
    [InlineData("T12/27", 12, 2027)]
    [InlineData("3/2027", 3, 2027)]
    [InlineData("Quý I", 3, null)]
    [InlineData("Quý II", 6, null)]
    [InlineData("Quý III", 9, null)]
    [InlineData("Quý IV", 12, null)]
    [InlineData("Quý 2", 6, null)]
    [InlineData("Q3", 9, null)]
    [InlineData("Quý IV/2027", 12, 2027)]
    [InlineData("Quý 4-2027", 12, 2027)]
    public void A_month_or_quarter_column(string cell, int month, int? year) =>
        Assert.Equal((month, year), TaskTableReader.Month(cell));

    [Theory]
    [InlineData("T13")]
    [InlineData("T0")]
    [InlineData("T123")]
    [InlineData("T3x")]
    [InlineData("T3/202")]
    [InlineData("Tháng ba")]
    [InlineData("Quý V")]
    [InlineData("Quý 5")]
    [InlineData("Quý IV/27")]
    [InlineData("Quý IIx")]
    [InlineData("Tổng cộng")]
    [InlineData("Tháng 3 năm 2027 (dự kiến)")]
    [InlineData("2027")]
    public void Not_a_month_column(string cell) => Assert.Null(TaskTableReader.Month(cell));

    [Theory]
    [InlineData("nt", true)]
    [InlineData("-nt-", true)]
    [InlineData("(nt)", true)]
    [InlineData("n.t", true)]
    [InlineData("n/t", true)]
    [InlineData("Như trên", true)]
    [InlineData("〃", true)]
    [InlineData("〃〃", true)]
    [InlineData("\"", true)]
    [InlineData("\" \"", true)]
    [InlineData("”", true)]
    [InlineData("“", true)]
    [InlineData("''", true)]
    [InlineData("„", true)]
    [InlineData("Công an phường", false)]
    [InlineData("", false)]
    public void A_ditto_cell(string cell, bool ditto) => Assert.Equal(ditto, TaskTableReader.IsDitto(cell));

    [Theory]
    [InlineData("- Rà soát hồ sơ. - Kiểm tra thực địa.", "Rà soát hồ sơ. | Kiểm tra thực địa.")]
    [InlineData("+ Rà soát hồ sơ; + Kiểm tra thực địa.", "Rà soát hồ sơ; | Kiểm tra thực địa.")]
    [InlineData("• Rà soát hồ sơ (đợt 1) • Kiểm tra thực địa.", "Rà soát hồ sơ (đợt 1) | Kiểm tra thực địa.")]
    [InlineData("- Rà soát hồ sơ: - Kiểm tra thực địa.", "Rà soát hồ sơ: | Kiểm tra thực địa.")]
    [InlineData("- Rà soát hồ sơ.   - Kiểm tra thực địa.", "Rà soát hồ sơ. | Kiểm tra thực địa.")]
    [InlineData("- Rà soát hồ sơ - Kiểm tra thực địa.", "")]
    [InlineData("-Rà soát hồ sơ. -Kiểm tra thực địa.", "")]
    [InlineData("Rà soát hồ sơ. - Kiểm tra thực địa.", "")]
    [InlineData("- Rà soát hồ sơ tồn đọng.", "")]
    public void The_dash_lines_of_a_text_cell(string cell, string pieces) =>
        Assert.Equal(pieces, string.Join(" | ", TaskTableReader.DashItems(cell, 0, cell.Length).Select(p => cell[p.Start..p.End])));

    [Theory]
    [InlineData("| STT | Nội dung | Đơn vị thực hiện | Thời hạn |", true)]
    [InlineData("| TT | Nhiệm vụ | Chủ trì | Thời gian |", true)]
    [InlineData("| Số TT | Công việc | Cơ quan chủ trì | Hạn |", true)]
    [InlineData("| Nội dung | Trách nhiệm |", true)]
    [InlineData("| Nội dung | Phụ trách |", true)]
    [InlineData("| Nhiệm vụ | Tiến độ |", true)]
    [InlineData("| Nhiệm vụ | Hạn: |", true)]
    [InlineData("| Nhiệm vụ | Hạn hoàn thành |", true)]
    [InlineData("| Nhiệm vụ | Chậm nhất |", true)]
    [InlineData("| Nhiệm vụ | Gia hạn đến |", true)]
    [InlineData("| Nhiệm vụ | Ngày hoàn thành |", true)]
    [InlineData("| Tiêu đề | Thời hạn |", true)]
    [InlineData("| Nhiệm vụ | Chu kỳ | Ghi chú |", false)]
    [InlineData("| Nhiệm vụ | Số lượng |", false)]
    [InlineData("| Nhiệm vụ | 12 |", false)]
    [InlineData("| Họ và tên | Chức vụ |", false)]
    public void A_task_tables_header(string row, bool header) => Assert.Equal(header, TaskTableReader.IsTaskHeader(row));
}
