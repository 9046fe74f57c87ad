using ChatBot.Core.Directory;
using ChatBot.Core.Parsing;
using ChatBot.Core.Tasks;
using ChatBot.Outbox;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ChatBot.Storage;

/// <summary>The one database: directory, documents, tasks, history, outbox, reminders.
/// Each provider has its own subclass only so that each keeps its own migrations.</summary>
public abstract class ChatBotDb(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Ward> Wards => Set<Ward>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<UnitAlias> UnitAliases => Set<UnitAlias>();
    public DbSet<Official> Officials => Set<Official>();
    public DbSet<ChatAccount> ChatAccounts => Set<ChatAccount>();
    public DbSet<Invite> Invites => Set<Invite>();
    public DbSet<NoticeDocument> Documents => Set<NoticeDocument>();
    public DbSet<WorkTask> Tasks => Set<WorkTask>();
    public DbSet<TaskHistory> TaskHistory => Set<TaskHistory>();
    public DbSet<ExtensionRequest> Extensions => Set<ExtensionRequest>();
    public DbSet<TaskOccurrence> Occurrences => Set<TaskOccurrence>();
    public DbSet<ReminderDispatch> ReminderDispatches => Set<ReminderDispatch>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<OutboxSender> OutboxSenders => Set<OutboxSender>();
    public DbSet<ProcessedUpdate> ProcessedUpdates => Set<ProcessedUpdate>();
    public DbSet<Web.DeskSignInToken> DeskSignInTokens => Set<Web.DeskSignInToken>();
    public DbSet<Lease> Leases => Set<Lease>();
    public DbSet<Inbound.ParkedUpdate> ParkedUpdates => Set<Inbound.ParkedUpdate>();
    public DbSet<Hosting.Heartbeat> Heartbeats => Set<Hosting.Heartbeat>();
    public DbSet<Directory.LinkAttempts> LinkGuards => Set<Directory.LinkAttempts>();
    public DbSet<Conversation.ChatDialog> ChatDialogs => Set<Conversation.ChatDialog>();
    public DbSet<TaskAttachment> TaskAttachments => Set<TaskAttachment>();
    /// <summary>The desk's key ring (cookies, antiforgery tokens), shared by every instance on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<Ward>(e =>
        {
            e.HasIndex(x => x.Key).IsUnique();
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Key).HasMaxLength(200);
        });
        b.Entity<Unit>(e =>
        {
            e.HasIndex(x => new { x.WardId, x.Key }).IsUnique();
            e.Property(x => x.Name).HasMaxLength(300);
            e.Property(x => x.Key).HasMaxLength(300);
            e.HasMany(x => x.Aliases).WithOne().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<UnitAlias>(e => e.Property(x => x.Alias).HasMaxLength(300));
        b.Entity<Official>(e =>
        {
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(16);
            e.HasMany(x => x.Accounts).WithOne(x => x.Official).HasForeignKey(x => x.OfficialId);
        });
        b.Entity<ChatAccount>(e =>
        {
            e.HasIndex(x => new { x.Channel, x.UserId, x.ChatId }).IsUnique();
            e.HasIndex(x => new { x.Channel, x.ChatId });
        });
        b.Entity<Invite>(e =>
        {
            e.HasIndex(x => x.CodeHash).IsUnique();
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(16);
        });
        b.Entity<NoticeDocument>(e =>
        {
            e.HasIndex(x => new { x.WardId, x.ContentHash }).IsUnique();
            e.HasIndex(x => new { x.WardId, x.TextHash });
            e.Property(x => x.TextHash).HasMaxLength(64);
            e.Property(x => x.ConfirmAskedFor).HasMaxLength(64);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            e.HasMany(x => x.Tasks).WithOne(x => x.Document).HasForeignKey(x => x.DocumentId);
        });
        b.Entity<WorkTask>(e =>
        {
            e.ToTable("Tasks");
            e.HasIndex(x => new { x.WardId, x.Status, x.Deadline });
            // The open tasks only (a partial index on both providers): the reminder sweep, the digest, /viec, /quahan and
            // the desk's open/overdue lists filter on exactly this predicate, so they walk the ward's open tasks, not
            // every task it ever had (done ones pile up). Keep the queries' predicate written as OpenTaskFilter says.
            // Recurrence before Deadline: the sweep seeks one-off tasks by deadline range and recurring ones apart.
            e.HasIndex(x => new { x.WardId, x.Recurrence, x.Deadline }, OpenTaskIndex).HasFilter(OpenTaskFilter);
            e.HasIndex(x => x.UnitId);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Recurrence).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasMany(x => x.History).WithOne().HasForeignKey(x => x.TaskId);
            e.Property(x => x.UnitEvidence).HasMaxLength(1000);
            e.Property(x => x.DeadlineEvidence).HasMaxLength(1000);
        });
        b.Entity<TaskHistory>(e => e.HasIndex(x => new { x.TaskId, x.At }));
        b.Entity<ExtensionRequest>(e =>
        {
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => new { x.TaskId, x.State });
        });
        b.Entity<TaskOccurrence>(e => e.HasIndex(x => new { x.TaskId, x.DueOn }).IsUnique());
        b.Entity<ReminderDispatch>(e =>
            e.HasIndex(x => new { x.TaskId, x.Kind, x.Occurrence, x.RecipientId }).IsUnique());
        b.Entity<OutboxMessage>(e =>
        {
            e.ToTable("Outbox");
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Problem).HasConversion<string>().HasMaxLength(24);
            // Rows queued before parts and priorities existed are whole messages and pushes (the sentinel lets Reply = 0 be written).
            e.Property(x => x.Priority).HasDefaultValue(OutboxPriority.Push).HasSentinel((OutboxPriority)(-1));
            e.Property(x => x.Part).HasDefaultValue(1);
            e.Property(x => x.Parts).HasDefaultValue(1);
            e.HasIndex(x => new { x.State, x.NextAttemptAt });
            e.HasIndex(x => new { x.Channel, x.ChatId, x.Id });
            e.HasIndex(x => new { x.Channel, x.ChatId, x.PlatformMessageId });
            // The head of each chat's queue (lowest priority, then id) among pending rows; the age of the backlog.
            e.HasIndex(x => new { x.State, x.Channel, x.ChatId, x.Priority, x.Id });
            e.HasIndex(x => new { x.State, x.CreatedAt });
            e.HasIndex(x => x.MessageKey);
        });
        b.Entity<OutboxSender>(e =>
        {
            e.HasKey(x => x.Channel);
            e.Property(x => x.Channel).HasMaxLength(16);
            e.Property(x => x.Owner).HasMaxLength(200);
        });
        b.Entity<ProcessedUpdate>(e => e.HasKey(x => new { x.Channel, x.UpdateId }));
        b.Entity<Web.DeskSignInToken>(e =>
        {
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.Property(x => x.TokenHash).HasMaxLength(64);
            e.HasOne<Official>().WithMany().HasForeignKey(x => x.OfficialId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Conversation.ChatDialog>(e =>
        {
            e.ToTable("ChatDialogs");
            e.HasIndex(x => x.ChatAccountId).IsUnique();
            e.Property(x => x.Kind).HasMaxLength(16);
            e.HasOne<ChatAccount>().WithMany().HasForeignKey(x => x.ChatAccountId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<TaskAttachment>(e =>
        {
            e.ToTable("TaskAttachments");
            e.HasIndex(x => new { x.TaskId, x.At });
            e.Property(x => x.FileName).HasMaxLength(260);
            e.Property(x => x.MimeType).HasMaxLength(100);
            e.Property(x => x.Caption).HasMaxLength(2000);
            e.Property(x => x.ActorName).HasMaxLength(200);
            e.Property(x => x.Channel).HasMaxLength(16);
            e.HasOne<WorkTask>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<Lease>(e =>
        {
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.Owner).HasMaxLength(200);
        });
        b.Entity<Inbound.ParkedUpdate>(e =>
        {
            e.HasIndex(x => new { x.Channel, x.UpdateId }).IsUnique();
            e.Property(x => x.Channel).HasMaxLength(16);
            e.Property(x => x.UpdateId).HasMaxLength(100);
            e.Property(x => x.ChatId).HasMaxLength(100);
            e.Property(x => x.Error).HasMaxLength(2000);
        });
        b.Entity<Hosting.Heartbeat>(e =>
        {
            e.HasKey(x => x.Instance);
            e.Property(x => x.Instance).HasMaxLength(200);
            e.Property(x => x.Host).HasMaxLength(200);
        });
        b.Entity<Directory.LinkAttempts>(e =>
        {
            e.ToTable("LinkGuards");
            e.HasKey(x => x.Scope);
            e.Property(x => x.Scope).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();
        });

        // SQLite cannot order or compare DateTimeOffset: store UTC ticks so sweeps run in SQL on both providers.
        // PostgreSQL's timestamptz takes only offset 0: a ward-local instant (+07:00) is written as the same instant in UTC.
        ValueConverter? converter = Database.IsSqlite() ? new DateTimeOffsetToBinaryConverter()
            : Database.IsNpgsql() ? ToUtc : null;
        if (converter is null) return;
        foreach (var entity in b.Model.GetEntityTypes())
        foreach (var prop in entity.GetProperties())
            if (prop.ClrType == typeof(DateTimeOffset) || prop.ClrType == typeof(DateTimeOffset?))
                prop.SetValueConverter(converter);
    }

    /// <summary>The partial index on open tasks; its filter is what <c>t.Status != Done &amp;&amp; t.Status != Cancelled</c>
    /// translates to on both providers (SQLite uses a partial index only when the query's WHERE has the same terms).</summary>
    public const string OpenTaskIndex = "IX_Tasks_Open";
    public const string OpenTaskFilter = "\"Status\" <> 'Done' AND \"Status\" <> 'Cancelled'";

    private static readonly ValueConverter<DateTimeOffset, DateTimeOffset> ToUtc = new(v => v.ToUniversalTime(), v => v);
}

public sealed class SqliteChatBotDb(DbContextOptions<SqliteChatBotDb> options) : ChatBotDb(options);

public sealed class PostgresChatBotDb(DbContextOptions<PostgresChatBotDb> options) : ChatBotDb(options);
