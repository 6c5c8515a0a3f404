using FluentValidation;
using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Integrations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Integrations.Clients;

/// <summary>Registers an integrator with its scopes and the agencies it acts for; the answer carries the secret, once.</summary>
/// <param name="Name">Display name (also the dossiers' source, <c>Integration:&lt;name&gt;</c>).</param>
/// <param name="ContactEmail">Whom to tell about the client.</param>
/// <param name="Scopes">Of <c>catalogue:read</c>, <c>dossiers:read</c>, <c>dossiers:write</c>, <c>statistics:read</c>, <c>webhooks:manage</c>.</param>
/// <param name="AgencyIds">The agencies whose dossiers it may see and submit.</param>
[RequiresRole(Roles.SystemAdmin)]
public sealed record RegisterApiClient(string Name, string ContactEmail, IReadOnlyList<string> Scopes, IReadOnlyList<Guid> AgencyIds) : IRequest<ApiClientCredentialsDto>;

internal sealed class RegisterApiClientValidator : AbstractValidator<RegisterApiClient>
{
    public RegisterApiClientValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.ContactEmail).NotEmpty().EmailAddress().MaximumLength(256);
        RuleFor(x => x.Scopes).NotEmpty();
        RuleForEach(x => x.Scopes).Must(IntegratorScopes.IsKnown).WithMessage($"One of: {string.Join(", ", IntegratorScopes.All)}.");
        RuleFor(x => x.AgencyIds).NotNull();
    }
}

internal sealed class RegisterApiClientHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<RegisterApiClient, ApiClientCredentialsDto>
{
    public async Task<ApiClientCredentialsDto> Handle(RegisterApiClient request, CancellationToken cancellationToken)
    {
        var known = await db.Agencies.CountAsync(a => request.AgencyIds.Contains(a.Id), cancellationToken);
        if (known != request.AgencyIds.Distinct().Count())
        {
            throw new RequestValidationException([new FluentValidation.Results.ValidationFailure(nameof(request.AgencyIds), "An agency does not exist.")]);
        }

        var secret = ClientSecrets.New();
        var client = ApiClient.Register(request.Name, request.ContactEmail, request.Scopes, request.AgencyIds, ClientSecrets.Hash(secret), clock.GetUtcNow());
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return new ApiClientCredentialsDto(ApiClientDto.From(client), secret);
    }
}

/// <summary>Every registered integrator.</summary>
[RequiresRole(Roles.SystemAdmin)]
public sealed record GetApiClients : IRequest<IReadOnlyList<ApiClientDto>>;

internal sealed class GetApiClientsHandler(IAppDbContext db) : IRequestHandler<GetApiClients, IReadOnlyList<ApiClientDto>>
{
    public async Task<IReadOnlyList<ApiClientDto>> Handle(GetApiClients request, CancellationToken cancellationToken) =>
        (await db.ApiClients.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken)).Select(ApiClientDto.From).ToList();
}

/// <summary>
/// Issues a new secret (shown once). By default the old one stays valid for <c>Integrations:SecretOverlap</c> so the
/// integrator can switch without downtime; with <paramref name="RevokeImmediately"/> it stops working at once, and so do
/// the tokens issued with it (for a leaked secret).
/// </summary>
[RequiresRole(Roles.SystemAdmin)]
public sealed record RotateApiClientSecret(Guid Id, bool RevokeImmediately) : IRequest<ApiClientCredentialsDto>;

internal sealed class RotateApiClientSecretHandler(IAppDbContext db, TimeProvider clock, IOptions<IntegrationOptions> options)
    : IRequestHandler<RotateApiClientSecret, ApiClientCredentialsDto>
{
    public async Task<ApiClientCredentialsDto> Handle(RotateApiClientSecret request, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken) ?? throw new NotFoundException("ApiClient", request.Id);
        var secret = ClientSecrets.New();
        client.RotateSecret(ClientSecrets.Hash(secret), request.RevokeImmediately ? TimeSpan.Zero : options.Value.SecretOverlap, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new ApiClientCredentialsDto(ApiClientDto.From(client), secret);
    }
}

/// <summary>Disables an integrator: no more tokens, and the ones it holds are refused from the next request.</summary>
[RequiresRole(Roles.SystemAdmin)]
public sealed record DisableApiClient(Guid Id) : IRequest<ApiClientDto>;

internal sealed class DisableApiClientHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<DisableApiClient, ApiClientDto>
{
    public async Task<ApiClientDto> Handle(DisableApiClient request, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken) ?? throw new NotFoundException("ApiClient", request.Id);
        client.Disable(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ApiClientDto.From(client);
    }
}
