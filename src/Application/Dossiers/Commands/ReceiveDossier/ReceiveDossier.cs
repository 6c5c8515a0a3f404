using AutoMapper;
using HanoiDvc.Application.Calendar;

namespace HanoiDvc.Application.Dossiers.Commands.ReceiveDossier;

/// <summary>
/// The desk receives a submitted dossier: it gets its code (<c>agency-YYMMDD-XXXX</c> from the agency's daily counter, in
/// the same transaction: an <see cref="ITransactionalCommand"/>), the receipt and its due date (from the next working period when received outside hours).
/// </summary>
/// <param name="Id">The dossier.</param>
/// <param name="Note">An optional note on the step.</param>
/// <param name="CommentAudience">Who reads the note: internal, or the applicant (required with a note).</param>
/// <param name="ExtensionDays">The procedure's extension of the time limit the desk applies (at most its extra days); the due date and the receipt include it.</param>
/// <param name="ExtensionReason">Why the extension applies (printed on the receipt); required with the days.</param>
/// <param name="ReceivedPapers">What the desk checked and records as handed in, originals or copies with counts (Mẫu số 01, Thông tư 01/2018/TT-VPCP); optional — without it the receipt lists the files attached online.</param>
[RequiresRole(Roles.Receptionist)]
public sealed record ReceiveDossier(Guid Id, string? Note, CommentAudience? CommentAudience = null, decimal? ExtensionDays = null, string? ExtensionReason = null, IReadOnlyList<ReceivedPaper>? ReceivedPapers = null) : IDossierTransition, ITransactionalCommand;

internal sealed class ReceiveDossierHandler(
    IAppDbContext db, ICurrentUser user, IDossierCodeSequence sequence, IWorkingCalendarProvider calendars, TimeProvider clock, IMapper mapper,
    DossierPreconditions preconditions)
    : IRequestHandler<ReceiveDossier, DossierDto>
{
    public async Task<DossierDto> Handle(ReceiveDossier request, CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        var dossier = await db.Dossiers.Visible(user).ForChangeAsync(request.Id, cancellationToken)
            ?? throw DossierAccess.NotFound(request.Id);
        var now = clock.GetUtcNow();
        await preconditions.EnsureAsync(db, dossier.Id, cancellationToken);
        var code = await DossierCodes.NextAsync(db, sequence, dossier, now, calendar, cancellationToken);
        var extension = request.ExtensionDays is { } days ? new TimeLimitExtension(days, request.ExtensionReason ?? string.Empty) : null;
        dossier.Receive(DossierActors.From(user), now, calendar, code, request.Note, request.CommentAudience, extension, request.ReceivedPapers);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<DossierDto>(dossier) with { ApologyDueBy = dossier.ApologyDueBy(calendar) };
    }
}
