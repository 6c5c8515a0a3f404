using HanoiDvc.Application.Common.Models;

namespace HanoiDvc.Application.Dossiers.Queries.GetInbox;

internal sealed class GetInboxValidator : AbstractValidator<GetInbox>
{
    public GetInboxValidator()
    {
        Include(new PagingValidator());
        RuleFor(x => x.DueWithinWorkingDays).InclusiveBetween(0, 365);
        RuleForEach(x => x.Statuses).IsInEnum();
        RuleFor(x => x.Sort).IsInEnum();
        RuleFor(x => x.Query).MaximumLength(100);
    }
}
