namespace ChatBot.Conversation;

public static class ConversationSetup
{
    public static IServiceCollection AddConversation(this IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<ConversationService>();
        services.AddScoped<Outbox.Notifier>();
        services.AddScoped<Directory.DirectoryService>();
        services.AddScoped<Tasks.ImportService>();
        services.AddSingleton<Tasks.NoticeReader>();
        services.AddScoped<Tasks.TaskQueries>();
        services.AddScoped<Reports.ReportBuilder>();
        return services;
    }
}
