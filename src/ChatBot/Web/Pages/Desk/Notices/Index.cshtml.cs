using System.Text;
using ChatBot.Core.Tasks;
using ChatBot.Directory;
using ChatBot.Storage;
using ChatBot.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Pages.Desk.Notices;

/// <summary>/desk/notices: the ward's notices, and the upload form that creates a draft through the same import service as chat.</summary>
// The request may be as large as the largest Parsing:MaxFileBytes allows; the configured limit is checked below.
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class NoticeListModel(ChatBotDb db, ImportService imports, IOptions<ParsingOptions> parsing) : DeskPage
{
    private const long MaxRequestBytes = 201L * 1024 * 1024;

    public List<DocumentHead> Documents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Documents = await db.Documents.AsNoTracking().Where(d => d.WardId == Me.WardId && d.State != DocumentState.Cancelled)
            .OrderByDescending(d => d.Id).Select(DocumentHead.Projection).ToListAsync(ct);

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, string? text, CancellationToken ct)
    {
        byte[] content;
        string name;
        if (file is { Length: > 0 })
        {
            var ext = Path.GetExtension(file.FileName).ToLowerInvariant();
            if (ext is not (".docx" or ".pdf" or ".txt" or ".md")) return Refuse($"Không đọc được tệp \"{file.FileName}\". Xin gửi tệp .docx, .pdf (có lớp chữ) hoặc .txt.");
            if (file.Length > parsing.Value.MaxFileBytes) return Refuse($"Tệp quá lớn. Giới hạn là {parsing.Value.MaxSizeText()}.");
            content = new byte[file.Length];
            await using (var s = file.OpenReadStream()) await s.ReadExactlyAsync(content, ct);
            name = Path.GetFileName(file.FileName);
        }
        else if (!string.IsNullOrWhiteSpace(text))
        {
            content = Encoding.UTF8.GetBytes(text.Trim());
            name = "noi-dung-dan.txt";
        }
        else return Refuse("Xin chọn tệp hoặc dán nội dung văn bản.");

        try
        {
            var ward = await db.Wards.FirstAsync(w => w.Id == Me.WardId, ct);
            var result = await imports.ImportAsync(ward, name, content, Me.Actor($"[bàn làm việc] gửi {name}"), ct);
            await db.SaveChangesAsync(ct); // the page is this request's unit of work; services never save
            Flash = result.AlreadyImported
                ? $"Văn bản này đã được nhập trước đó (#{result.Document.Id}); không tạo trùng."
                : $"Đã đọc: {result.Summary()}. Xin kiểm tra rồi xác nhận.";
            FlashIsError = false;
            return LocalRedirect($"/desk/notices/{result.Document.Id}");
        }
        catch (UserFacingException e)
        {
            return Refuse(e.Message);
        }
    }

    private IActionResult Refuse(string message)
    {
        Flash = message;
        FlashIsError = true;
        return LocalRedirect("/desk/notices");
    }
}
