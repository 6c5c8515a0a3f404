using HanoiDvc.Application.Common.Files;
using HanoiDvc.Application.Results.Queries.VerifyResult;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Results.Queries.CompareResultFile;

/// <summary>
/// The public check of a presented file against the result of a code (no sign-in): the file is hashed as it streams in
/// (never stored) and matches only when its SHA-256 equals the genuine file's — any changed byte fails.
/// </summary>
/// <param name="Code">The code as typed.</param>
/// <param name="Content">The presented file.</param>
public sealed record CompareResultFile(string Code, Stream Content) : IRequest<ResultComparisonDto>;

internal sealed class CompareResultFileHandler(IAppDbContext db, IOptions<UploadOptions> uploads) : IRequestHandler<CompareResultFile, ResultComparisonDto>
{
    public async Task<ResultComparisonDto> Handle(CompareResultFile request, CancellationToken cancellationToken)
    {
        var result = await ResultVerification.FindAsync(db, request.Code, cancellationToken);
        var presented = await UploadBuffer.HashAsync(request.Content, uploads.Value.MaxFileBytes, cancellationToken);
        return new ResultComparisonDto(presented == result.Sha256, presented, result);
    }
}
