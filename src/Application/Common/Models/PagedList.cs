using AutoMapper;
using AutoMapper.QueryableExtensions;

namespace HanoiDvc.Application.Common.Models;

/// <summary>One page of a list that can grow, with the total count so a client can page through it.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    /// <summary>Number of pages at this page size.</summary>
    public int TotalPages => PageSize == 0 ? 0 : (int)Math.Ceiling(TotalCount / (double)PageSize);

    internal static async Task<PagedList<T>> ProjectAsync<TSource>(
        IQueryable<TSource> source, IConfigurationProvider mapping, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await source.CountAsync(cancellationToken);
        var items = await source
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ProjectTo<T>(mapping)
            .ToListAsync(cancellationToken);
        return new PagedList<T>(items, page, pageSize, total);
    }
}
