using HanoiDvc.Application.Accounts.Common;
using HanoiDvc.Domain.Accounts;

namespace HanoiDvc.Application.Accounts.Commands.RegisterCitizen;

/// <summary>Registers a citizen. The citizen signs in with the citizen ID number or the e-mail.</summary>
/// <param name="FullName">Full name as on the citizen ID card.</param>
/// <param name="CitizenId">12-digit personal identification number (số định danh cá nhân).</param>
/// <param name="DateOfBirth">Date of birth; its year must agree with the citizen ID number.</param>
/// <param name="Phone">Mobile or landline number (+84 accepted).</param>
/// <param name="Email">E-mail, unique.</param>
/// <param name="Password">At least 10 characters with an upper-case letter, a lower-case letter and a digit.</param>
public sealed record RegisterCitizen(string FullName, string CitizenId, DateOnly DateOfBirth, string Phone, string Email, string Password)
    : IRequest<RegisteredAccount>;

internal sealed class RegisterCitizenHandler(IIdentityService identity) : IRequestHandler<RegisterCitizen, RegisteredAccount>
{
    public async Task<RegisteredAccount> Handle(RegisterCitizen request, CancellationToken cancellationToken)
    {
        var citizenId = Domain.Accounts.CitizenId.Parse(request.CitizenId).Value;
        var applicant = new NewApplicant(
            ApplicantType.Citizen,
            UserName: citizenId,
            FullName: request.FullName.Trim(),
            Email: request.Email.Trim(),
            PhoneNumber: VietnamesePhone.Parse(request.Phone).Value,
            CitizenId: citizenId,
            DateOfBirth: request.DateOfBirth,
            OrganisationCode: null,
            OrganisationName: null);
        var id = await identity.CreateApplicantAsync(applicant, request.Password, cancellationToken);
        return new RegisteredAccount(id, applicant.UserName);
    }
}
