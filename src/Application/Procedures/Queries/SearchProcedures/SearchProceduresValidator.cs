using HanoiDvc.Application.Common.Models;

namespace HanoiDvc.Application.Procedures.Queries.SearchProcedures;

internal sealed class SearchProceduresValidator : AbstractValidator<SearchProcedures>
{
    public SearchProceduresValidator()
    {
        Include(new PagingValidator());
        RuleFor(x => x.Query).MaximumLength(200);
        RuleFor(x => x.ServiceLevel).InclusiveBetween(2, 4);
        RuleFor(x => x.Level).MaximumLength(30);
        RuleFor(x => x.Field).IsInEnum();
        RuleFor(x => x.ApplicantType).IsInEnum();
    }
}
