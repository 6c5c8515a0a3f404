using HanoiDvc.Application.Common.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>What every multipart file upload endpoint shares: no antiforgery (bearer tokens only) and a request size limit just above the file limit.</summary>
internal static class FileUploadRoutes
{
    /// <summary>Room in the request for the multipart envelope and the other fields, on top of the file itself.</summary>
    private const long MultipartSlack = 64 * 1024;

    /// <summary>Takes one file of at most <c>Uploads:MaxFileBytes</c> in a multipart request; a larger request is refused before it is read (413).</summary>
    public static RouteHandlerBuilder AcceptsFileUpload(this RouteHandlerBuilder route, IEndpointRouteBuilder app)
    {
        var maxFileBytes = app.ServiceProvider.GetRequiredService<IOptions<UploadOptions>>().Value.MaxFileBytes;
        return route.DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(maxFileBytes + MultipartSlack))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }
}
