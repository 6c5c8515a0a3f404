using HanoiDvc.Application.Common.Models;

namespace HanoiDvc.Application.Auditing.Queries.GetAuditTrail;

internal sealed class GetAuditTrailValidator : AbstractValidator<GetAuditTrail>
{
    public GetAuditTrailValidator()
    {
        Include(new PagingValidator());
        RuleFor(x => x.EntityType).MaximumLength(100);
        RuleFor(x => x.EntityId).MaximumLength(200);
        RuleFor(x => x.To).GreaterThan(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}
