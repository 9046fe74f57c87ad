using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatBot.Web.Pages.Desk;

/// <summary>Bodies for bare status codes under /desk (a task of another ward is a 404 like one that does not exist).
/// A failed POST is re-executed here as a POST: it must render without a token of its own.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Text { get; private set; } = "";

    public void OnPost(int code) => OnGet(code);

    public void OnGet(int code)
    {
        (Heading, Text) = code switch
        {
            404 => ("Không tìm thấy", "Không có trang, nhiệm vụ hoặc văn bản này trong phường của bạn."),
            400 => ("Yêu cầu không hợp lệ", "Biểu mẫu đã cũ hoặc không đầy đủ. Xin tải lại trang rồi làm lại."),
            403 => ("Không có quyền", "Bạn không có quyền xem trang này."),
            _ => ("Có lỗi", "Máy chủ chưa xử lý được yêu cầu. Xin thử lại sau."),
        };
        // A direct visit to /desk/status/404 answers with that code too, never 200.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null) Response.StatusCode = code is >= 400 and < 600 ? code : 404;
    }
}
