using HanoiDvc.Application.Common.Models;

namespace HanoiDvc.Application.Officials.Queries.GetOfficials;

internal sealed class GetOfficialsValidator : AbstractValidator<GetOfficials>
{
    public GetOfficialsValidator() => Include(new PagingValidator());
}
