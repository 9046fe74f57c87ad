using System.Linq.Expressions;
using ChatBot.Core.Tasks;

namespace ChatBot.Web;

/// <summary>A notice's metadata without its file or text: enough for its title and state.</summary>
public sealed record DocumentHead(int Id, string? Kind, string? Symbol, string? Number, DateOnly? IssuedOn, DateOnly? MeetingOn,
    string? Subject, string FileName, DocumentState State, DateTimeOffset ImportedAt, int Tasks,
    int SkippedParts)
{
    public static readonly Expression<Func<NoticeDocument, DocumentHead>> Projection = d =>
        new DocumentHead(d.Id, d.Kind, d.Symbol, d.Number, d.IssuedOn, d.MeetingOn, d.Subject, d.FileName, d.State, d.ImportedAt, d.Tasks.Count, d.SkippedParts);

    public string Title => new NoticeDocument
    {
        ContentHash = "", FileName = FileName, Kind = Kind, Symbol = Symbol, Number = Number, IssuedOn = IssuedOn, MeetingOn = MeetingOn, Subject = Subject,
    }.Title();
}
