namespace HanoiDvc.Application.Officials.Commands.SetOfficialRoles;

internal sealed class SetOfficialRolesValidator : AbstractValidator<SetOfficialRoles>
{
    public SetOfficialRolesValidator() => RuleFor(x => x.Roles).ValidOfficialRoles();
}
