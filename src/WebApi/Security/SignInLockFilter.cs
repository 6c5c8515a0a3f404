using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Application.Common.Localization;
using HanoiDvc.WebApi.Endpoints.Contracts;

namespace HanoiDvc.WebApi.Security;

/// <summary>
/// On password sign-in: refuses a client IP and user name pair that <see cref="FailureLocks{TOptions}"/> has locked (429
/// with Retry-After and the code <c>rate_limit.sign_in_locked</c>, the same whether or not the account exists), and
/// counts the sign-ins refused for wrong credentials. The account itself is never locked by failures.
/// </summary>
internal sealed class SignInLockFilter(FailureLocks<LoginRateLimitOptions> failures) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var userName = context.Arguments.OfType<TokenRequest>().FirstOrDefault()?.UserName ?? string.Empty;
        var client = RateLimitingSetup.ClientAddress(http);
        if (failures.LockedFor(client, userName) is { } wait)
        {
            return LockRefusal.Problem(
                http,
                wait,
                Localized.Text(
                    "Đã đăng nhập sai quá nhiều lần với tên đăng nhập này từ địa chỉ của bạn. Vui lòng thử lại sau.",
                    "Too many failed sign-ins for this user name from your address. Try again later."),
                "rate_limit.sign_in_locked");
        }

        try
        {
            return await next(context);
        }
        catch (AuthenticationFailedException e) when (e.Code == AuthenticationFailedException.InvalidCredentials)
        {
            failures.Record(client, userName);
            throw;
        }
    }
}
