namespace HanoiDvc.Application.Auditing.Queries.FindAuditUsers;

/// <summary>
/// The accounts the audit viewer's user picker offers: those whose name, user name or e-mail contains the text typed (or the
/// one account asked by id, to show the name of a filter already set), at most 20, by name. The trail is read by system
/// administrators only, who may see every account's changes; so the list covers every account.
/// </summary>
/// <param name="Query">Part of the full name, user name or e-mail (accents and case matter as typed; at least 2 characters).</param>
/// <param name="Id">One account by id instead.</param>
[RequiresRole(Roles.SystemAdmin)]
public sealed record FindAuditUsers(string? Query, Guid? Id = null) : IRequest<IReadOnlyList<AuditUserDto>>;

/// <summary>An account as the picker shows it.</summary>
/// <param name="Id">Its id (the audit trail's <c>userId</c>).</param>
/// <param name="FullName">Full name.</param>
/// <param name="UserName">Sign-in name.</param>
/// <param name="AgencyName">The official's agency; null for citizens and organisations.</param>
public sealed record AuditUserDto(Guid Id, string FullName, string UserName, string? AgencyName);

/// <summary>Searches the accounts (Identity) for the audit viewer.</summary>
public interface IAuditUserDirectory
{
    /// <summary>At most <paramref name="take"/> accounts matching <paramref name="query"/> (or the one of <paramref name="id"/>), by full name.</summary>
    Task<IReadOnlyList<AuditUserDto>> FindAsync(string? query, Guid? id, int take, CancellationToken cancellationToken);
}

internal sealed class FindAuditUsersHandler(IAuditUserDirectory directory) : IRequestHandler<FindAuditUsers, IReadOnlyList<AuditUserDto>>
{
    /// <summary>Most accounts a search returns: the picker lists them, the admin types more to narrow.</summary>
    public const int Take = 20;

    public async Task<IReadOnlyList<AuditUserDto>> Handle(FindAuditUsers request, CancellationToken cancellationToken) =>
        request.Id is null && string.IsNullOrWhiteSpace(request.Query)
            ? []
            : await directory.FindAsync(request.Query?.Trim(), request.Id, Take, cancellationToken);
}

internal sealed class FindAuditUsersValidator : AbstractValidator<FindAuditUsers>
{
    public FindAuditUsersValidator() =>
        RuleFor(r => r.Query).MaximumLength(100).Must(q => q is null || q.Trim().Length != 1)
            .WithMessage("Nhập ít nhất 2 ký tự. / Type at least 2 characters.");
}
