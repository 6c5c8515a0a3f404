using System.Reflection;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>The rules of a workflow action in words, for the OpenAPI description of its endpoint.</summary>
internal static class TransitionRules
{
    private static readonly DossierStatus[] Statuses = Enum.GetValues<DossierStatus>();

    /// <summary>
    /// "Allowed from …; roles …; If-Match …" for <paramref name="action"/> (null: an action outside the lifecycle table,
    /// whose states the description gives itself) carried out by <paramref name="command"/>.
    /// </summary>
    public static string Describe(DossierAction? action, Type command)
    {
        var parts = new List<string>();
        if (action is { } known)
        {
            var from = Statuses.Where(s => DossierLifecycle.Allows(s, known)).Select(s => $"`{s}`");
            parts.Add($"**Allowed from:** {string.Join(", ", from)} (otherwise 409 `dossier.invalid_transition`).");
        }

        var roles = command.GetCustomAttribute<RequiresRoleAttribute>()?.Roles ?? [];
        parts.Add(roles.Count == 0
            ? "**Who:** a signed-in user the dossier concerns (its applicant; officials of the agencies handling it)."
            : $"**Who:** {string.Join(" or ", roles)} of an agency handling the dossier (otherwise 403).");
        parts.Add("**Concurrency:** send the dossier's `ETag` as `If-Match` to refuse the change (412) if it changed since you read it; "
            + "two officials acting at once: the second gets 409 `concurrency.conflict`.");
        parts.Add("**Retries:** send an `Idempotency-Key` (8–100 characters `A-Za-z0-9._:-`) to make a retry safe: a retry with the same key and body "
            + "answers the dossier as it now is (e.g. with the code reception gave it) instead of 409; the same key with another action or body is 422 `idempotency.key_reused`.");
        return string.Join("\n\n", parts);
    }
}
