using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Application.Dossiers.Queries.GetResultData;

/// <summary>
/// The data the procedure's result template prints (fields, labels from the legal form, current values) and whether the
/// caller may record them now; for the officials of the agencies handling the dossier.
/// </summary>
/// <param name="DossierId">The dossier.</param>
[RequiresRole(Roles.Receptionist, Roles.Specialist, Roles.Leader)]
public sealed record GetResultData(Guid DossierId) : IRequest<ResultDataDto>;

internal sealed class GetResultDataHandler(IAppDbContext db, ICurrentUser user, IResultTemplates templates, TimeProvider clock)
    : IRequestHandler<GetResultData, ResultDataDto>
{
    public async Task<ResultDataDto> Handle(GetResultData request, CancellationToken cancellationToken)
    {
        var (dossier, template) = await ResultDataForm.LoadAsync(db, user, templates, request.DossierId, track: false, cancellationToken);
        return ResultDataForm.Describe(dossier, template, user, VietnamTimeZone.Today(clock.GetUtcNow()));
    }
}
