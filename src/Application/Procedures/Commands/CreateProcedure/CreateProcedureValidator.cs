using HanoiDvc.Application.Procedures.Common;

namespace HanoiDvc.Application.Procedures.Commands.CreateProcedure;

internal sealed class CreateProcedureValidator : AbstractValidator<CreateProcedure>
{
    public CreateProcedureValidator(IAppDbContext db)
    {
        RuleFor(x => x.NationalCode).Matches(@"^\d\.\d{6}(\.H26)?$").When(x => !string.IsNullOrEmpty(x.NationalCode));
        RuleFor(x => x.Content).NotNull().SetValidator(new ProcedureContentInputValidator(db));
    }
}
