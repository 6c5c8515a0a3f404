namespace HanoiDvc.Application.Common.Models;

/// <summary>A query that returns one page of a list.</summary>
public interface IPagedQuery
{
    /// <summary>1-based page number.</summary>
    int Page { get; }

    /// <summary>Items per page, 1 to <see cref="PagingValidator.MaxPageSize"/>.</summary>
    int PageSize { get; }
}
