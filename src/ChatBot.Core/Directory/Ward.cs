namespace ChatBot.Core.Directory;

/// <summary>A ward (phường/xã): every unit, official and task belongs to exactly one.</summary>
public sealed class Ward
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Accent-folded name, unique: "Bạch Đằng" and "bach dang" are the same ward.</summary>
    public required string Key { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<Unit> Units { get; set; } = [];
}

/// <summary>A unit of the ward (phòng, trung tâm, Công an…) with the other names notices use for it.</summary>
public sealed class Unit
{
    public int Id { get; set; }
    public int WardId { get; set; }
    public Ward? Ward { get; set; }
    public required string Name { get; set; }
    public required string Key { get; set; }
    public List<UnitAlias> Aliases { get; set; } = [];
    /// <summary>Whether this "unit" is a role group (the Phó Chủ tịch) rather than an office.</summary>
    public bool IsLeadership { get; set; }
    /// <summary>The unit's group chat, when one is registered: it gets the unit's pushes too.</summary>
    public string? GroupChannel { get; set; }
    public string? GroupChatId { get; set; }
}

public sealed class UnitAlias
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public required string Alias { get; set; }
}

/// <summary>A person of the ward with a role; linked to chat accounts through invite codes.</summary>
public sealed class Official
{
    public int Id { get; set; }
    public int WardId { get; set; }
    public Ward? Ward { get; set; }
    public int? UnitId { get; set; }
    public Unit? Unit { get; set; }
    public Role Role { get; set; }
    public string? Name { get; set; }
    /// <summary>Channel pushes go to when the official has several linked accounts (null: any).</summary>
    public string? PreferredChannel { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<ChatAccount> Accounts { get; set; } = [];
}

/// <summary>One chat identity (Telegram/Zalo/simulator user in a chat) linked to an official.</summary>
public sealed class ChatAccount
{
    public int Id { get; set; }
    public int OfficialId { get; set; }
    public Official? Official { get; set; }
    public required string Channel { get; set; }
    public required string UserId { get; set; }
    public required string ChatId { get; set; }
    public string? DisplayName { get; set; }
    /// <summary>False after the platform said the bot is blocked (403) or the user unlinked.</summary>
    public bool Active { get; set; } = true;
    public DateTimeOffset LinkedAt { get; set; }
    /// <summary>Task numbers of the last numbered list sent here, so "2 xong" can mean its 2nd item.</summary>
    public string? LastListTaskIds { get; set; }
}

/// <summary>A single-use, expiring code that links a chat account to a new official; only its hash is stored.</summary>
public sealed class Invite
{
    public int Id { get; set; }
    public int WardId { get; set; }
    public int? UnitId { get; set; }
    public Role Role { get; set; }
    public string? Name { get; set; }
    public required string CodeHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public int? OfficialId { get; set; }
}
