using FluentValidation.Results;
using HanoiDvc.Application.Common.Localization;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>
/// Checks the people and agencies a command hands a dossier to: they must exist, so that a dossier is never assigned to
/// nobody or forwarded nowhere. Failures are 400s on the named field.
/// </summary>
internal sealed class DossierParties(IAppDbContext db, IIdentityService identities)
{
    /// <summary>The account exists, is not locked out and is a Specialist of <paramref name="agencyId"/>.</summary>
    public async Task EnsureSpecialistAsync(Guid userId, Guid agencyId, string field, CancellationToken cancellationToken)
    {
        var account = await identities.FindAccountAsync(userId, cancellationToken);
        if (account is null || account.IsLockedOut || account.AgencyId != agencyId || !account.Roles.Contains(Roles.Specialist))
        {
            throw Invalid(field, Localized.Text(
                "Người được giao không phải chuyên viên đang hoạt động của cơ quan xử lý.",
                "The assignee is not an active specialist of the handling agency."));
        }
    }

    /// <summary>The agency exists.</summary>
    public async Task EnsureAgencyAsync(Guid agencyId, string field, CancellationToken cancellationToken)
    {
        if (!await db.Agencies.AsNoTracking().AnyAsync(a => a.Id == agencyId, cancellationToken))
        {
            throw Invalid(field, Localized.Text("Cơ quan nhận không tồn tại.", "The receiving agency does not exist."));
        }
    }

    private static RequestValidationException Invalid(string field, string message) => new([new ValidationFailure(field, message)]);
}
