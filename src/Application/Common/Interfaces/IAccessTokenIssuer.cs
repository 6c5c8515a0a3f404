using HanoiDvc.Application.Auth.Common;

namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>Signs access tokens (implemented by the HTTP layer, which owns the signing key).</summary>
public interface IAccessTokenIssuer
{
    /// <summary>
    /// A token for this account in the session <paramref name="sessionId"/> with its claims: <c>sub</c>, <c>name</c>,
    /// <c>role</c>, <c>agency_id</c>, <c>applicant_type</c>, <c>idp</c>, <c>sid</c> and <c>stamp</c>.
    /// </summary>
    AccessToken Issue(AccountSummary account, Guid sessionId);
}
