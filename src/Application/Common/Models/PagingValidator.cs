using FluentValidation;

namespace HanoiDvc.Application.Common.Models;

/// <summary>The paging limits every list shares; query validators include it.</summary>
public sealed class PagingValidator : AbstractValidator<IPagedQuery>
{
    public const int MaxPageSize = 100;

    /// <summary>The last page that can be asked for: beyond it the rows skipped, (page − 1) × page size, overflow.</summary>
    public const int MaxPage = int.MaxValue / MaxPageSize;

    public PagingValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).LessThanOrEqualTo(MaxPage);
        RuleFor(x => x.PageSize).InclusiveBetween(1, MaxPageSize);
    }
}
