namespace ChatBot.Core.Tasks;

public enum WorkStatus { New, Acknowledged, InProgress, Blocked, Done, Cancelled }

public static class WorkStatuses
{
    public static bool IsOpen(this WorkStatus s) => s is not (WorkStatus.Done or WorkStatus.Cancelled);

    public static string Vietnamese(this WorkStatus s) => s switch
    {
        WorkStatus.New => "Mới giao",
        WorkStatus.Acknowledged => "Đã nhận",
        WorkStatus.InProgress => "Đang làm",
        WorkStatus.Blocked => "Vướng mắc",
        WorkStatus.Done => "Hoàn thành",
        _ => "Đã hủy",
    };
}

/// <summary>An illegal status move, named with its from and to states; the message is for the user.</summary>
public sealed class TaskRuleException(string message) : Exception(message);
