using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Application.Dossiers.Commands.RecordResultData;

/// <summary>
/// The specialist preparing the draft result (or a leader of the deciding agency before the return) records the data the
/// generated result prints, e.g. for the copy of a diploma what the original register holds (number, holder, date of birth…).
/// Checked against the template's fields (400 with <c>values.{key}</c>); replaces what was recorded before.
/// </summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="Values">Value per field key (dates <c>yyyy-MM-dd</c>, choices by value); an empty or missing value clears an optional field.</param>
[RequiresRole(Roles.Specialist, Roles.Leader)]
public sealed record RecordResultData(Guid DossierId, IReadOnlyDictionary<string, string?> Values) : IRequest<ResultDataDto>;

internal sealed class RecordResultDataHandler(IAppDbContext db, ICurrentUser user, IResultTemplates templates, TimeProvider clock)
    : IRequestHandler<RecordResultData, ResultDataDto>
{
    public async Task<ResultDataDto> Handle(RecordResultData request, CancellationToken cancellationToken)
    {
        var (dossier, template) = await ResultDataForm.LoadAsync(db, user, templates, request.DossierId, track: true, cancellationToken);
        if (template is null)
        {
            throw new ConflictException("result.no_template", "The procedure's result is uploaded by the leader; it has no data to record.");
        }

        var now = clock.GetUtcNow();
        var today = VietnamTimeZone.Today(now);
        var actor = DossierActors.From(user);
        dossier.EnsureResultDataCanBeRecorded(actor); // who and when before what: a 403/409 is not hidden behind a 400
        var values = ResultDataForm.Check(template, request.Values ?? new Dictionary<string, string?>(), today);
        dossier.RecordResultData(actor, now, values);
        await db.SaveChangesAsync(cancellationToken);
        return ResultDataForm.Describe(dossier, template, user, today);
    }
}
