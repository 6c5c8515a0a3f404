namespace HanoiDvc.Application.Common.Models;

/// <summary>The paging limits every list shares; query validators include it.</summary>
public sealed class PagingValidator : AbstractValidator<IPagedQuery>
{
    public const int MaxPageSize = 100;

    /// <summary>The last page any list may ask for: (page − 1) × size stays far inside the offsets PostgreSQL accepts.</summary>
    public const int MaxPage = 1_000_000;

    public PagingValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).LessThanOrEqualTo(MaxPage);
        RuleFor(x => x.PageSize).InclusiveBetween(1, MaxPageSize);
    }
}
