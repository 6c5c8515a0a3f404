namespace HanoiDvc.Application.Dossiers.Commands.RequestSupplement;

/// <summary>One paper or content to supplement or correct, and why (Mẫu số 02, Thông tư 01/2018/TT-VPCP: a reason per item).</summary>
/// <param name="Document">The paper or content, e.g. "Bản sao giấy khai sinh".</param>
/// <param name="Reason">Why it is asked for, e.g. "Bản chụp mờ, không đọc được số định danh".</param>
public sealed record SupplementRequestItem(string Document, string Reason);

/// <summary>
/// Asks, once, for everything missing (form 02); the legal clock pauses. <paramref name="Items"/> gives each item with its
/// reason; <paramref name="Missing"/> (names only, the earlier shape) is still accepted and prints without a reason.
/// </summary>
[RequiresRole(Roles.Receptionist, Roles.Specialist)]
public sealed record RequestSupplement(Guid Id, IReadOnlyList<string>? Missing, IReadOnlyList<SupplementRequestItem>? Items = null) : IDossierTransition
{
    /// <summary>The items as the aggregate takes them: <see cref="Items"/> when given, else the names of <see cref="Missing"/>.</summary>
    internal IReadOnlyList<(string Document, string? Reason)> Asked =>
        Items is { Count: > 0 } items
            ? [.. items.Select(i => (i.Document, (string?)i.Reason))]
            : [.. (Missing ?? []).Select(m => (m, (string?)null))];
}

internal sealed class RequestSupplementHandler(DossierChange change) : IRequestHandler<RequestSupplement, DossierDto>
{
    public Task<DossierDto> Handle(RequestSupplement request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, c => c.Dossier.RequestSupplement(c.Actor, c.Now, request.Asked), cancellationToken);
}
