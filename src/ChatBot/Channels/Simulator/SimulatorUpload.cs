using Microsoft.AspNetCore.Http.Features;
using static ChatBot.Channels.Simulator.SimulatorApi;

namespace ChatBot.Channels.Simulator;

/// <summary>A file the page uploaded (multipart: file, caption, id), read within the size limit.</summary>
public sealed record SimulatorUpload(string Name, string? ContentType, byte[] Content, string? Caption, string? Id)
{
    /// <summary>The upload, or the HTTP answer refusing it (too big, no file, caption too long).</summary>
    public static async Task<(SimulatorUpload? Upload, IResult? Refusal)> ReadAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        var tooBig = Results.Json(new { error = $"Tệp quá lớn: tối đa {Size(limit)}." }, statusCode: StatusCodes.Status413PayloadTooLarge);
        // Multipart framing adds a little; anything beyond that is refused before reading.
        if (request.ContentLength > limit + 16 * 1024) return (null, tooBig);
        if (!request.HasFormContentType) return (null, Refuse("Cần gửi tệp dạng multipart/form-data."));
        LimitBody(request, limit + 16 * 1024);
        IFormCollection form;
        try { form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit + 16 * 1024 }, ct); }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException) { return (null, tooBig); }
        if (form.Files.FirstOrDefault() is not { Length: > 0 } file) return (null, Refuse("Chưa chọn tệp."));
        if (file.Length > limit) return (null, tooBig);
        var content = new byte[file.Length];
        await using (var s = file.OpenReadStream()) await s.ReadExactlyAsync(content, ct);
        var name = Path.GetFileName(file.FileName);
        var caption = form["caption"].ToString().Trim();
        if (caption.Length > MaxTextLength) return (null, Refuse($"Chú thích quá dài: tối đa {MaxTextLength} ký tự."));
        return (new SimulatorUpload(string.IsNullOrWhiteSpace(name) ? "tep-tai-len" : name, file.ContentType, content,
            caption.Length > 0 ? caption : null, form["id"].ToString()), null);
    }
}
