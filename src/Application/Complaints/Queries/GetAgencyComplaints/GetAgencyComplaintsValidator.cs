using HanoiDvc.Application.Common.Models;

namespace HanoiDvc.Application.Complaints.Queries.GetAgencyComplaints;

internal sealed class GetAgencyComplaintsValidator : AbstractValidator<GetAgencyComplaints>
{
    public GetAgencyComplaintsValidator()
    {
        Include(new PagingValidator());
        RuleFor(x => x.Status).IsInEnum();
    }
}
