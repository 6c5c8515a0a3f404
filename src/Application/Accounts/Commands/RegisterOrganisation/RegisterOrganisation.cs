using HanoiDvc.Application.Accounts.Common;
using HanoiDvc.Domain.Accounts;

namespace HanoiDvc.Application.Accounts.Commands.RegisterOrganisation;

/// <summary>Registers an organisation or a school, represented by a person. It signs in with its tax code or the e-mail.</summary>
/// <param name="OrganisationName">Registered name.</param>
/// <param name="OrganisationCode">Tax code: 10 digits, or 10 digits, a hyphen and 3 digits for a branch.</param>
/// <param name="ApplicantType"><c>Organisation</c> or <c>School</c>.</param>
/// <param name="RepresentativeName">Full name of the person acting for it.</param>
/// <param name="Phone">Mobile or landline number (+84 accepted).</param>
/// <param name="Email">E-mail, unique.</param>
/// <param name="Password">At least 10 characters with an upper-case letter, a lower-case letter and a digit.</param>
public sealed record RegisterOrganisation(
    string OrganisationName,
    string OrganisationCode,
    ApplicantType ApplicantType,
    string RepresentativeName,
    string Phone,
    string Email,
    string Password) : IRequest<RegisteredAccount>;

internal sealed class RegisterOrganisationHandler(IIdentityService identity) : IRequestHandler<RegisterOrganisation, RegisteredAccount>
{
    public async Task<RegisteredAccount> Handle(RegisterOrganisation request, CancellationToken cancellationToken)
    {
        var code = Domain.Accounts.OrganisationCode.Parse(request.OrganisationCode).Value;
        var applicant = new NewApplicant(
            request.ApplicantType,
            UserName: code,
            FullName: request.RepresentativeName.Trim(),
            Email: request.Email.Trim(),
            PhoneNumber: VietnamesePhone.Parse(request.Phone).Value,
            CitizenId: null,
            DateOfBirth: null,
            OrganisationCode: code,
            OrganisationName: request.OrganisationName.Trim());
        var id = await identity.CreateApplicantAsync(applicant, request.Password, cancellationToken);
        return new RegisteredAccount(id, applicant.UserName);
    }
}
