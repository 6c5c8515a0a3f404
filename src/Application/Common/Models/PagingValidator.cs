using FluentValidation;

namespace HanoiDvc.Application.Common.Models;

/// <summary>The paging limits every list shares; query validators include it.</summary>
public sealed class PagingValidator : AbstractValidator<IPagedQuery>
{
    public const int MaxPageSize = 100;

    public PagingValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, MaxPageSize);
    }
}
