using HanoiDvc.Domain.Agencies;
using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>The code a reception gives: the receiving agency's next number of the local day. Call inside the reception's transaction.</summary>
internal static class DossierCodes
{
    public static async Task<DossierCode> NextAsync(
        IAppDbContext db, IDossierCodeSequence sequence, Dossier dossier, DateTimeOffset now, WorkingCalendar calendar, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, calendar.TimeZone).DateTime);
        var agencyCode = await db.Agencies.Where(a => a.Id == dossier.ReceivingAgencyId).Select(a => a.Code).SingleAsync(cancellationToken);

        // A refused reception rolls the transaction back, and with it the number.
        var number = await sequence.NextAsync(dossier.ReceivingAgencyId, today, cancellationToken);
        return DossierCode.Create(AgencyCode.Parse(agencyCode), today, number);
    }
}
