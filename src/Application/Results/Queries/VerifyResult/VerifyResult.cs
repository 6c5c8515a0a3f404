namespace HanoiDvc.Application.Results.Queries.VerifyResult;

/// <summary>
/// The public check of a result by its verification code (no sign-in): issuer, document type, issue date, the masked
/// applicant name, the SHA-256 and whether it stands. An unknown or malformed code is a plain 404 that says nothing more.
/// </summary>
/// <param name="Code">The code as typed (dashes and case do not matter).</param>
public sealed record VerifyResult(string Code) : IRequest<ResultVerificationDto>;

internal sealed class VerifyResultHandler(IAppDbContext db) : IRequestHandler<VerifyResult, ResultVerificationDto>
{
    public Task<ResultVerificationDto> Handle(VerifyResult request, CancellationToken cancellationToken) =>
        ResultVerification.FindAsync(db, request.Code, cancellationToken);
}

/// <summary>Finds a result by code for the public checks.</summary>
internal static class ResultVerification
{
    public static async Task<ResultVerificationDto> FindAsync(IAppDbContext db, string typed, CancellationToken cancellationToken)
    {
        var code = ResultVerificationCode.Normalize(typed) ?? throw NotFound();
        var found = await db.Dossiers.AsNoTracking()
            .Where(d => d.Result!.VerificationCode == code)
            .Select(d => new { d.ApplicantName, d.Result })
            .SingleOrDefaultAsync(cancellationToken);
        if (found?.Result is not { } result)
        {
            throw NotFound();
        }

        return new ResultVerificationDto(
            ResultVerificationCode.Format(result.VerificationCode), result.RevokedAt is null ? ResultStatus.Valid : ResultStatus.Revoked,
            result.DocumentType, result.IssuerName, result.IssuedAt, NameMask.Mask(found.ApplicantName), result.Sha256);
    }

    // The same answer for a malformed and an unknown code, without echoing it.
    private static NotFoundException NotFound() => new("No result has this verification code.");
}
