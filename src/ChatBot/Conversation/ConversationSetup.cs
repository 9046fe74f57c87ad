using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Hosting;
using ChatBot.Inbound;
using ChatBot.Reminders;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Conversation;

public static class ConversationSetup
{
    /// <summary>The ward clock, the inbound pipeline, the conversation's router and handlers, and the services they call.</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services, IConfiguration config)
    {
        // One clock for the whole ward: the injected TimeProvider read in Reminders:TimeZone.
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section);
        services.AddSingleton(sp => new WardClock(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<ReminderOptions>>().Value.TimeZone));

        services.AddSingleton<InboundPipeline>();
        services.TryAddSingleton<Outbox.OutboxSignal>();
        services.AddScoped<UnitOfWork>();
        services.AddScoped<InboundReads>();
        services.TryAddSingleton<SqliteWriteGate>();
        services.TryAddSingleton<SqliteGroupCommit>();
        services.AddValidatedOptions<ConversationOptions>(ConversationOptions.Section);
        services.AddSingleton<ICommandReader, UnderstandingReader>();
        services.AddScoped<IConversation, ConversationRouter>();
        services.AddScoped<LinkHandler>();
        services.AddScoped<AccountHandler>();
        services.AddScoped<StatusHandler>();
        services.AddScoped<ExtensionHandler>();
        services.AddScoped<DocumentHandler>();
        services.AddScoped<CorrectionHandler>();
        services.AddScoped<QuestionHandler>();
        services.AddScoped<ReportHandler>();
        services.AddScoped<DialogStore>();
        services.AddScoped<DialogHandler>();
        services.AddScoped<ProofHandler>();

        services.AddScoped<Outbox.Notifier>();
        services.AddScoped<Directory.DirectoryService>();
        services.AddValidatedOptions<Directory.LinkGuardOptions>(Directory.LinkGuardOptions.Section);
        services.AddScoped<Directory.LinkGuard>();
        services.AddScoped<Tasks.ImportService>();
        services.AddSingleton<Tasks.NoticeReader>();
        services.AddScoped<Tasks.TaskQueries>();
        services.AddScoped<Reports.ReportBuilder>();
        return services;
    }
}
