using HanoiDvc.Application.Dossiers.Queries.GetAttachment;
using Microsoft.Net.Http.Headers;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>How a file someone uploaded goes out: always as a download under its cleaned name, sandboxed should a browser render it.</summary>
internal static class UploadedFileDownloads
{
    public static FileStreamHttpResult Send(HttpContext context, AttachmentDownload download)
    {
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.FileNameStar = download.FileName; // attachment; filename*=UTF-8''…
        context.Response.Headers.ContentDisposition = disposition.ToString();
        context.Response.Headers.ContentSecurityPolicy = SecurityHeaders.UserFilePolicy;
        return TypedResults.Stream(download.Content, download.MediaType);
    }
}
