using HanoiDvc.Application.Dossiers.Commands.DigitisePaper;

namespace HanoiDvc.Application.Dossiers.Commands.DigitiseResult;

/// <summary>
/// The receiving agency's desk records the digitised copy of the result the agency issued on paper (Nghị định 61/2018/NĐ-CP as
/// amended by Nghị định 107/2021/NĐ-CP; Thông tư 01/2023/TT-VPCP); the result then counts as digitised.
/// </summary>
[RequiresRole(Roles.Receptionist)]
public sealed record DigitiseResult(
    Guid Id, Stream Content, string? ClientFileName, string? DocumentName, string? IssuingBody, string? Number, string? IssuedOn, string? ValidUntil)
    : IDigitisedCopyRequest;

internal sealed class DigitiseResultValidator : DigitisedCopyValidator<DigitiseResult>;

internal sealed class DigitiseResultHandler(DigitisedCopyRecording recording) : IRequestHandler<DigitiseResult, DossierDto>
{
    public Task<DossierDto> Handle(DigitiseResult request, CancellationToken cancellationToken) =>
        recording.RecordAsync(request, (c, paper, scan) => c.Dossier.DigitiseResult(c.Actor, c.Now, paper, scan), cancellationToken);
}
