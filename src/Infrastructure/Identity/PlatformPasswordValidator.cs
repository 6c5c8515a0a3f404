using HanoiDvc.Application.Common.Security;
using HanoiDvc.Application.Common.Validation;
using Microsoft.AspNetCore.Identity;

namespace HanoiDvc.Infrastructure.Identity;

/// <summary>
/// Identity's last word wherever a password is set (registration, an official's creation or reset, seeding): no common
/// or breached password, none of the account's own identifiers. The request validators say the same earlier, per field;
/// this one also knows what they cannot, such as the user name of an official whose password is reset.
/// </summary>
internal sealed class PlatformPasswordValidator : IPasswordValidator<ApplicationUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (PasswordPolicy.IsCommon(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = AccountRules.TooCommonMessage }));
        }

        return Task.FromResult(PasswordPolicy.ContainsPersonalData(password, user.UserName, user.Email, user.CitizenId, user.PhoneNumber, user.OrganisationCode)
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordContainsPersonalData", Description = AccountRules.PersonalDataMessage })
            : IdentityResult.Success);
    }
}
