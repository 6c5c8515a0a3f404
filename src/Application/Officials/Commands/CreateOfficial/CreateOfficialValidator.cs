using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Application.Common.Validation;

namespace HanoiDvc.Application.Officials.Commands.CreateOfficial;

internal sealed class CreateOfficialValidator : AbstractValidator<CreateOfficial>
{
    public CreateOfficialValidator(IAppDbContext db)
    {
        RuleFor(x => x.FullName).PersonName();
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.UserName)
            .NotEmpty()
            .MaximumLength(64)
            .Matches("^[A-Za-z0-9._-]+$")
            .WithMessage(_ => Localized.Text(
                "Tên đăng nhập chỉ gồm chữ cái không dấu, chữ số và các ký tự . - _",
                "The user name may contain only letters without diacritics, digits and . - _"));
        RuleFor(x => x.AgencyId)
            .NotEmpty()
            .MustAsync((id, ct) => db.Agencies.AnyAsync(a => a.Id == id, ct))
            .WithMessage(_ => Localized.Text("Không tìm thấy cơ quan.", "The agency does not exist."));
        RuleFor(x => x.Roles).ValidOfficialRoles();
        RuleFor(x => x.TemporaryPassword).StrongPassword(x => [x.UserName, x.Email]);
    }
}
