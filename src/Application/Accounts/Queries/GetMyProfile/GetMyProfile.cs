namespace HanoiDvc.Application.Accounts.Queries.GetMyProfile;

/// <summary>The signed-in user's own profile.</summary>
[RequiresRole]
public sealed record GetMyProfile : IRequest<ProfileDto>;

internal sealed class GetMyProfileHandler(ICurrentUser currentUser, IIdentityService identity) : IRequestHandler<GetMyProfile, ProfileDto>
{
    public async Task<ProfileDto> Handle(GetMyProfile request, CancellationToken cancellationToken) =>
        await identity.GetProfileAsync(currentUser.UserId!.Value, cancellationToken)
            ?? throw new NotFoundException("The signed-in account no longer exists.");
}
