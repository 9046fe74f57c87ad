using ChatBot.Channels.Simulator;
using ChatBot.Channels.Telegram;
using ChatBot.Channels.Zalo;
using ChatBot.Conversation;
using ChatBot.Outbox;
using ChatBot.Reminders;
using ChatBot.Runtime;
using ChatBot.Storage;
using ChatBot.Web;

namespace ChatBot.Hosting;

/// <summary>Composition of the service: each feature registers and maps itself.</summary>
public static class ChatBotHost
{
    public static WebApplication Build(string[] args)
    {
        // appsettings.json sits beside the binary; the SQLite file stays relative to the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddHostedService<DatabaseMigrator>(); // first: every other hosted service may need the schema
        builder.Services.AddChatBotCore(builder.Configuration);
        builder.Services.AddOutbox(builder.Configuration);
        builder.Services.AddTelegramChannel(builder.Configuration);
        builder.Services.AddZaloChannel(builder.Configuration);
        builder.Services.AddSimulator(builder.Configuration);
        builder.Services.AddReminders(builder.Configuration);
        builder.Services.AddDesk(builder.Configuration);
        builder.Services.AddReliability(builder.Configuration);
        builder.Services.AddMemoryTrim(builder.Configuration);

        var app = builder.Build();
        app.MapGet("/healthz", HealthCheck.Handle);
        app.MapGet("/readyz", Readiness.Handle);
        app.MapTelegramEndpoints();
        app.MapZaloEndpoints();
        app.MapSimulator();
        app.UseDesk();
        return app;
    }

    /// <summary>What both the service and the CLI need: storage, clock, domain services.</summary>
    public static IServiceCollection AddChatBotCore(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Instance.Create());
        services.AddStorage(config);
        services.AddValidatedOptions<Tasks.ParsingOptions>(Tasks.ParsingOptions.Section);
        services.AddConversation(config);
        services.AddScoped<DeskSignIn>();
        services.AddScoped<Inbound.ParkedInbox>();
        return services;
    }
}
