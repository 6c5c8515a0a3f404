using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Application.Common.Localization;

namespace HanoiDvc.WebApi.Security;

/// <summary>
/// On the public dossier lookup: refuses a client IP and citizen ID pair that <see cref="FailureLocks{TOptions}"/> has locked
/// (429 with Retry-After and the code <c>rate_limit.lookup_locked</c>), and counts the lookups that find no dossier.
/// </summary>
internal sealed class LookupLockFilter(FailureLocks<LookupRateLimitOptions> failures) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var citizenId = http.Request.Query["citizenId"].ToString();
        var client = RateLimitingSetup.ClientAddress(http);
        if (failures.LockedFor(client, citizenId) is { } wait)
        {
            return LockRefusal.Problem(
                http,
                wait,
                Localized.Text(
                    "Đã tra cứu sai quá nhiều lần với số định danh này. Vui lòng thử lại sau.",
                    "Too many failed lookups for this citizen ID. Try again later."),
                "rate_limit.lookup_locked");
        }

        try
        {
            return await next(context);
        }
        catch (NotFoundException)
        {
            failures.Record(client, citizenId);
            throw;
        }
    }
}
