using FluentValidation;
using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Application.Common.Security;

namespace HanoiDvc.Application.Officials;

/// <summary>An official's roles: at least one, each an official role, no repeats.</summary>
internal sealed class OfficialRolesValidator : AbstractValidator<IReadOnlyList<string>>
{
    public OfficialRolesValidator()
    {
        RuleFor(roles => roles)
            .NotEmpty()
            .OverridePropertyName("roles");
        RuleFor(roles => roles)
            .Must(roles => roles is null || roles.All(r => Roles.Official.Contains(r, StringComparer.Ordinal)))
            .WithMessage(_ => Localized.Text(
                $"Vai trò phải là một trong: {string.Join(", ", Roles.Official)}.",
                $"Each role must be one of: {string.Join(", ", Roles.Official)}."))
            .Must(roles => roles is null || roles.Distinct(StringComparer.Ordinal).Count() == roles.Count)
            .WithMessage(_ => Localized.Text("Vai trò bị lặp lại.", "A role is listed twice."))
            .OverridePropertyName("roles");
    }
}
