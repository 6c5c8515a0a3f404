namespace HanoiDvc.Application.Dossiers.Commands.DigitisePaper;

/// <summary>
/// The receiving agency's desk records the digitised copy of one paper received with the dossier (Nghị định 61/2018/NĐ-CP as
/// amended by Nghị định 107/2021/NĐ-CP; Thông tư 01/2023/TT-VPCP): the scan and what the paper says of itself. When the last
/// paper has its copy, the dossier's documents count as digitised.
/// </summary>
[RequiresRole(Roles.Receptionist)]
public sealed record DigitisePaper(
    Guid Id, Stream Content, string? ClientFileName, string? DocumentName, string? IssuingBody, string? Number, string? IssuedOn, string? ValidUntil)
    : IDigitisedCopyRequest;

internal sealed class DigitisePaperHandler(DigitisedCopyRecording recording) : IRequestHandler<DigitisePaper, DossierDto>
{
    public Task<DossierDto> Handle(DigitisePaper request, CancellationToken cancellationToken) =>
        recording.RecordAsync(request, (c, paper, scan) => c.Dossier.DigitisePaper(c.Actor, c.Now, paper, scan), cancellationToken);
}
