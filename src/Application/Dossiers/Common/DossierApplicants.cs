using System.Text;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>The secret that keys the applicant id of people without an account (<see cref="ApplicantIdentity.ForUnregistered"/>).</summary>
public sealed class ApplicantIdentityOptions
{
    public const string Section = "Applicants";

    /// <summary>The development key: a Production host refuses to start with it (environment variable <c>Applicants__IdentityKey</c>).</summary>
    public const string DevelopmentKey = "development-only-applicant-identity-key-change-me";

    /// <summary>At least 32 bytes. Changing it gives people without an account new applicant ids for their next dossiers.</summary>
    public string IdentityKey { get; set; } = DevelopmentKey;
}

/// <summary>
/// Who a dossier entered for a person is from, the same at the desk and through an integrator: the citizen's account with
/// that citizen ID when there is one, else the keyed id of <see cref="ApplicantIdentity.ForUnregistered"/>.
/// </summary>
internal sealed class DossierApplicants(IIdentityService identities, IOptions<ApplicantIdentityOptions> options)
{
    public async Task<Guid> ForCitizenIdAsync(string citizenId, CancellationToken cancellationToken)
    {
        var id = citizenId.Trim();
        return await identities.FindCitizenAsync(id, cancellationToken)
            ?? ApplicantIdentity.ForUnregistered(id, Encoding.UTF8.GetBytes(options.Value.IdentityKey));
    }
}
