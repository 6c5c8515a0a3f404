using HanoiDvc.Application.Common.Models;

namespace HanoiDvc.Application.Agencies.Queries.GetAgencies;

internal sealed class GetAgenciesValidator : AbstractValidator<GetAgencies>
{
    public GetAgenciesValidator() => Include(new PagingValidator());
}
