using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Infrastructure.Persistence.Configurations;

namespace HanoiDvc.Infrastructure.Identity;

/// <summary>The 409 answers for taken e-mails, citizen IDs, organisation codes and user names, with stable codes.</summary>
internal static class AccountConflicts
{
    public static ConflictException DuplicateEmail() => new(
        "account.duplicate_email",
        Localized.Text("Địa chỉ e-mail đã được dùng cho một tài khoản khác.", "The e-mail address is already used by another account."));

    public static ConflictException DuplicateCitizenId() => new(
        "account.duplicate_citizen_id",
        Localized.Text("Số định danh cá nhân đã được đăng ký.", "The citizen ID number is already registered."));

    public static ConflictException DuplicateOrganisationCode() => new(
        "account.duplicate_organisation_code",
        Localized.Text("Mã số thuế đã được đăng ký.", "The tax code is already registered."));

    public static ConflictException DuplicateUserName() => new(
        "account.duplicate_user_name",
        Localized.Text("Tên đăng nhập đã được dùng.", "The user name is already taken."));

    /// <summary>The conflict for a unique index of the user table, given what the user name stands for.</summary>
    public static ConflictException ForIndex(string? indexName, Func<ConflictException> duplicateUserName) => indexName switch
    {
        ApplicationUserConfiguration.EmailIndex => DuplicateEmail(),
        ApplicationUserConfiguration.CitizenIdIndex => DuplicateCitizenId(),
        ApplicationUserConfiguration.OrganisationCodeIndex => DuplicateOrganisationCode(),
        _ => duplicateUserName(),
    };
}
