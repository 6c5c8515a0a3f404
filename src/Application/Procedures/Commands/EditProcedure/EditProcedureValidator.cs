using HanoiDvc.Application.Procedures.Common;

namespace HanoiDvc.Application.Procedures.Commands.EditProcedure;

internal sealed class EditProcedureValidator : AbstractValidator<EditProcedure>
{
    public EditProcedureValidator(IAppDbContext db) =>
        RuleFor(x => x.Content).NotNull().SetValidator(new ProcedureContentInputValidator(db));
}
