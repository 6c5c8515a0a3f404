using HanoiDvc.Application.Common.Models;

namespace HanoiDvc.Application.Procedures.Queries.GetProceduresForAdmin;

internal sealed class GetProceduresForAdminValidator : AbstractValidator<GetProceduresForAdmin>
{
    public GetProceduresForAdminValidator()
    {
        Include(new PagingValidator());
        RuleFor(x => x.Query).MaximumLength(200);
    }
}
