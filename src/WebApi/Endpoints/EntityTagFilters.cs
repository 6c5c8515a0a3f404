using System.Security.Cryptography;
using System.Text.Json;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Dossiers.Common;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>
/// <c>ETag</c> and <c>If-None-Match</c> (304) on reads: a dossier's tag is its row version (the same tag <c>If-Match</c>
/// checks on writes); a catalogue answer's tag is the SHA-256 of its JSON.
/// </summary>
internal static class EntityTagFilters
{
    /// <summary>The dossier named by the route's <c>id</c>: the tag is read before the body, and sent only once the read was allowed.</summary>
    public static RouteHandlerBuilder WithDossierEntityTag(this RouteHandlerBuilder route) =>
        route.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var tag = Guid.TryParse(http.Request.RouteValues["id"]?.ToString(), out var id)
                ? await DossierEntityTags.CurrentAsync(http.RequestServices.GetRequiredService<IAppDbContext>(), id, http.RequestAborted)
                : null;
            var result = await next(context);
            return tag is null ? result : Conditional(http, tag, result);
        })
        .Produces(StatusCodes.Status304NotModified);

    /// <summary>The tag is the hash of the answer's JSON.</summary>
    public static RouteHandlerBuilder WithContentEntityTag(this RouteHandlerBuilder route) =>
        route.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            if (result is not IValueHttpResult { Value: { } value })
            {
                return result;
            }

            var http = context.HttpContext;
            var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var tag = "c" + Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json)))[..32];
            return Conditional(http, tag, result);
        })
        .Produces(StatusCodes.Status304NotModified);

    private static object? Conditional(HttpContext http, string tag, object? result)
    {
        http.Response.Headers.ETag = EntityTags.Quote(tag);
        var ifNoneMatch = http.Request.Headers.IfNoneMatch.ToString();
        if (!string.IsNullOrEmpty(ifNoneMatch) && EntityTags.Parse(ifNoneMatch).Any(t => t == tag || t == "*"))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return result;
    }
}
