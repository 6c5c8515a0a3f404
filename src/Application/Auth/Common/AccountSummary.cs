using HanoiDvc.Domain.Accounts;

namespace HanoiDvc.Application.Auth.Common;

/// <summary>What an access token says about an account.</summary>
/// <param name="Id">Account id (<c>sub</c>).</param>
/// <param name="UserName">Sign-in name.</param>
/// <param name="FullName">Display name (<c>name</c>).</param>
/// <param name="Roles">Role names (one <c>role</c> claim each).</param>
/// <param name="AgencyId">The official's agency (<c>agency_id</c>); null for applicants.</param>
/// <param name="ApplicantType">Citizen, organisation or school (<c>applicant_type</c>); null for officials.</param>
/// <param name="IdentityProvider">Where the identity comes from (<c>idp</c>): <c>local</c> or an external provider's name.</param>
/// <param name="IsLockedOut">Whether the account is locked now.</param>
/// <param name="SecurityStamp">The account's security stamp, which changes when its password changes or it is locked (<c>stamp</c> carries its digest).</param>
public sealed record AccountSummary(
    Guid Id,
    string UserName,
    string FullName,
    IReadOnlyList<string> Roles,
    Guid? AgencyId,
    ApplicantType? ApplicantType,
    string IdentityProvider,
    bool IsLockedOut,
    string SecurityStamp);
