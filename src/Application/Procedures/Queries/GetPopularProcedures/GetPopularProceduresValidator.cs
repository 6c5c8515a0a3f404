namespace HanoiDvc.Application.Procedures.Queries.GetPopularProcedures;

internal sealed class GetPopularProceduresValidator : AbstractValidator<GetPopularProcedures>
{
    public GetPopularProceduresValidator()
    {
        RuleFor(x => x.Take).InclusiveBetween(1, 12);
    }
}
