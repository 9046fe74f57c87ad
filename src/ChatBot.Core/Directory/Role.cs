namespace ChatBot.Core.Directory;

/// <summary>What an official may do: leaders and clerks see the whole ward, heads and staff their unit.</summary>
public enum Role { Leader, Clerk, Head, Staff }

public static class Roles
{
    public static bool SeesWholeWard(this Role role) => role is Role.Leader or Role.Clerk;

    public static string Code(this Role role) => role.ToString().ToLowerInvariant();

    public static bool TryParse(string? code, out Role role) =>
        Enum.TryParse(code, ignoreCase: true, out role) && Enum.IsDefined(role);

    public static string Vietnamese(this Role role) => role switch
    {
        Role.Leader => "Lãnh đạo",
        Role.Clerk => "Văn phòng",
        Role.Head => "Trưởng/Phó đơn vị",
        _ => "Chuyên viên",
    };
}
