using System.Reflection;

namespace HanoiDvc.Application.Common.Behaviours;

/// <summary>
/// Enforces <see cref="RequiresRoleAttribute"/> before validation runs, so that an unauthorised caller learns
/// nothing from validation messages: nobody signed in → 401, signed in without a required role → 403.
/// </summary>
internal sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser currentUser) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    private static readonly RequiresRoleAttribute[] Requirements = [.. typeof(TRequest).GetCustomAttributes<RequiresRoleAttribute>(inherit: true)];
    private static readonly RequiresScopeAttribute? ScopeRequirement = typeof(TRequest).GetCustomAttribute<RequiresScopeAttribute>(inherit: true);

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (ScopeRequirement is not null)
        {
            // Integrators only, with the scope; a person never sends these.
            return !currentUser.IsAuthenticated ? throw new NotSignedInException("Sign in to do this.")
                : !currentUser.IsIntegrator || !currentUser.HasScope(ScopeRequirement.Scope) ? throw new ForbiddenAccessException()
                : next();
        }

        if (Requirements.Length == 0)
        {
            return next();
        }

        if (!currentUser.IsAuthenticated)
        {
            throw new NotSignedInException("Sign in to do this.");
        }

        if (currentUser.IsIntegrator)
        {
            // A person's use case: an integrator's token never passes, whatever it carries.
            throw new ForbiddenAccessException();
        }

        return RoleRequirements.Satisfied(typeof(TRequest), currentUser) ? next() : throw new ForbiddenAccessException();
    }
}
