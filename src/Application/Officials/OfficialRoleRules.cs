using HanoiDvc.Application.Common.Localization;

namespace HanoiDvc.Application.Officials;

/// <summary>The rule for an official's roles: at least one, each an official role, none twice.</summary>
internal static class OfficialRoleRules
{
    public static IRuleBuilderOptions<T, IReadOnlyList<string>> ValidOfficialRoles<T>(this IRuleBuilder<T, IReadOnlyList<string>> rule) =>
        rule.NotEmpty()
            .Must(roles => roles is null || roles.All(r => Roles.Official.Contains(r, StringComparer.Ordinal)))
            .WithMessage(_ => Localized.Text(
                $"Vai trò phải là một trong: {string.Join(", ", Roles.Official)}.",
                $"Each role must be one of: {string.Join(", ", Roles.Official)}."))
            .Must(roles => roles is null || roles.Distinct(StringComparer.Ordinal).Count() == roles.Count)
            .WithMessage(_ => Localized.Text("Vai trò bị lặp lại.", "A role is listed twice."));
}
