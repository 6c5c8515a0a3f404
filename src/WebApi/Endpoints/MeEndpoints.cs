using HanoiDvc.Application.Accounts.Queries.GetMyProfile;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>The signed-in user's own account.</summary>
internal static class MeEndpoints
{
    public static void MapMeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/me", GetMyProfile)
            .WithTags("Account")
            .WithName(nameof(GetMyProfile))
            .WithSummary("The signed-in user's profile")
            .WithDescription("Identity, roles, agency (officials) or applicant details (citizens, organisations).")
            .RequireAuthorization(Policies.Authenticated);
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<ProfileDto>> GetMyProfile(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMyProfile(), cancellationToken));
}
