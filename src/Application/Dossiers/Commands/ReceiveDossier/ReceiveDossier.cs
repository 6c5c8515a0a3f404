using AutoMapper;
using HanoiDvc.Application.Calendar;
using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Application.Dossiers.Common;
using HanoiDvc.Domain.Dossiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace HanoiDvc.Application.Dossiers.Commands.ReceiveDossier;

/// <summary>
/// The desk receives a submitted dossier: it gets its code (<c>agency-YYMMDD-XXXX</c> from the agency's daily counter, in
/// the same transaction), the receipt and its due date (from the next working period when received outside hours).
/// With <paramref name="ExtensionDays"/> and <paramref name="ExtensionReason"/>, the desk applies the procedure's extension
/// of the time limit (at most its extra days), which the due date and the receipt include.
/// </summary>
[RequiresRole(Roles.Receptionist)]
public sealed record ReceiveDossier(Guid Id, string? Note, CommentAudience? CommentAudience = null, decimal? ExtensionDays = null, string? ExtensionReason = null) : IDossierTransition;

internal sealed class ReceiveDossierHandler(
    IAppDbContext db, ICurrentUser user, IDossierCodeSequence sequence, IWorkingCalendarProvider calendars, TimeProvider clock, IMapper mapper,
    DossierPreconditions preconditions)
    : IRequestHandler<ReceiveDossier, DossierDto>
{
    public async Task<DossierDto> Handle(ReceiveDossier request, CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var dossier = await db.Dossiers.Visible(user).WithParts().SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
                ?? throw DossierAccess.NotFound(request.Id);
            var now = clock.GetUtcNow();
            await preconditions.EnsureAsync(db, dossier.Id, cancellationToken);
            var code = await DossierCodes.NextAsync(db, sequence, dossier, now, calendar, cancellationToken);
            var extension = request.ExtensionDays is { } days ? new TimeLimitExtension(days, request.ExtensionReason ?? string.Empty) : null;
            dossier.Receive(DossierActors.From(user), now, calendar, code, request.Note, request.CommentAudience, extension);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return mapper.Map<DossierDto>(dossier) with { ApologyDueBy = dossier.ApologyDueBy(calendar) };
        });
    }
}
