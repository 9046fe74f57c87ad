namespace ChatBot.Reminders;

public static class RemindersSetup
{
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration config) => services;
}
