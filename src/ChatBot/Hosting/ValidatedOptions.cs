using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Hosting;

/// <summary>A configuration value the service cannot start with; the message is one Vietnamese line.</summary>
public sealed class ConfigurationException(string message) : Exception(message);

/// <summary>Every configuration section is an options class bound and checked the same way: the data annotations on
/// the class (their messages are Vietnamese and name the key) and <see cref="IValidatableObject"/> for rules across keys.</summary>
public static partial class ValidatedOptions
{
    /// <summary><c>AddOptions&lt;T&gt;().BindConfiguration(section)</c>, validated at start-up (the service stops with one line).</summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, string section) where T : class
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>, AnnotationsValidator<T>>());
        return services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }

    /// <summary>The same binding and checks, now: for registration code that must decide on a value (a channel on or off).</summary>
    public static T ReadValidated<T>(this IConfiguration config, string section) where T : class, new()
    {
        T value;
        try { value = config.GetSection(section).Get<T>() ?? new T(); }
        catch (InvalidOperationException ex) { throw new ConfigurationException(Describe(ex, config) ?? ex.Message); }
        var result = new AnnotationsValidator<T>().Validate(null, value);
        if (result.Failed) throw new ConfigurationException(string.Join(" ", result.Failures));
        return value;
    }

    /// <summary>Runs the start-up validation of every options class registered with <see cref="AddValidatedOptions{T}"/>
    /// (what the web host does when it starts; the CLI calls it itself).</summary>
    public static void ValidateNow(IServiceProvider services) => services.GetService<IStartupValidator>()?.Validate();

    /// <summary>One Vietnamese line for a configuration failure, or null when the exception is something else.</summary>
    public static string? Describe(Exception ex, IConfiguration? config = null)
    {
        switch (ex)
        {
            case ConfigurationException c: return c.Message;
            case OptionsValidationException v: return string.Join(" ", v.Failures.Distinct());
            case AggregateException a when a.InnerExceptions.Count > 0:
                var parts = a.InnerExceptions.Select(e => Describe(e, config)).ToList();
                return parts.All(p => p is not null) ? string.Join(" ", parts.Distinct()) : null;
            case InvalidOperationException when BinderFailure().Match(ex.Message) is { Success: true } m:
                var key = m.Groups["path"].Value;
                var raw = config?[key];
                return $"Cấu hình {key} không hợp lệ{(raw is null ? "" : $": \"{raw}\"")} — cần {Expected(m.Groups["type"].Value)}.";
            default: return null;
        }
    }

    private static string Expected(string typeName)
    {
        var type = Type.GetType(typeName) ?? typeof(ValidatedOptions).Assembly.GetType(typeName);
        if (type is { IsEnum: true }) return "một trong: " + string.Join(", ", Enum.GetNames(type));
        return typeName switch
        {
            "System.Int32" or "System.Int64" or "System.Nullable`1[System.Int32]" => "một số nguyên",
            "System.Boolean" or "System.Nullable`1[System.Boolean]" => "true hoặc false",
            "System.TimeSpan" => "một khoảng thời gian dạng hh:mm:ss",
            "System.TimeOnly" => "một giờ dạng HH:mm",
            "System.DateOnly" => "một ngày dạng yyyy-MM-dd",
            "System.DayOfWeek" => "một thứ trong tuần (Monday … Sunday)",
            _ => $"giá trị kiểu {typeName}",
        };
    }

    // Microsoft.Extensions.Configuration.Binder: "Failed to convert configuration value [ '…'] at 'A:B' to type 'T'."
    [GeneratedRegex(@"at '(?<path>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex BinderFailure();
}

/// <summary>Data annotations and <see cref="IValidatableObject"/> of an options class, reported with their own
/// (Vietnamese) messages only — the built-in ValidateDataAnnotations wraps them in English.</summary>
public sealed class AnnotationsValidator<T> : IValidateOptions<T> where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        var messages = results.Select(r => r.ErrorMessage).OfType<string>().Distinct().ToList();
        return messages.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(messages);
    }
}
