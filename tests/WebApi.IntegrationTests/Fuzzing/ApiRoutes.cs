using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.Fuzzing;

/// <summary>The kind of value a route parameter takes, from its constraint.</summary>
internal enum RouteValueKind
{
    Text,
    Guid,
    Int,
}

/// <summary>One method of one API route as the real host maps it: where its parameters go, what it reads.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Template">The route, e.g. <c>/api/v1/dossiers/{id:guid}/withdraw</c>.</param>
/// <param name="RouteValues">The route parameters in order, with their kinds.</param>
/// <param name="QueryNames">The names the handler may bind from the query (its simple parameters).</param>
/// <param name="BodyFields">The JSON fields of the body it reads (camelCase), empty when it reads none.</param>
internal sealed record ApiRoute(string Method, string Template, IReadOnlyList<RouteValueKind> RouteValues, IReadOnlyList<string> QueryNames, IReadOnlyList<string> BodyFields)
{
    public override string ToString() => $"{Method} {Template}";

    /// <summary>The path with <paramref name="values"/> (already escaped) in place of the route parameters.</summary>
    public string Path(IReadOnlyList<string> values)
    {
        var next = 0;
        return ApiRoutes.Parameter().Replace(Template, _ => values[next++]);
    }
}

/// <summary>Enumerates the API's routes from the host's <see cref="EndpointDataSource"/>, so a new endpoint is fuzzed without being listed.</summary>
internal static partial class ApiRoutes
{
    /// <summary>The <c>/api</c> catch-all answers what no route takes; every request that misses reaches it anyway.</summary>
    private const string CatchAll = "/api/{**path}";

    public static IReadOnlyList<ApiRoute> Of(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText is { } raw && raw.StartsWith("/api/", StringComparison.Ordinal) && raw != CatchAll)
            .SelectMany(endpoint => endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [], (endpoint, method) => Describe(endpoint, method))
            .OrderBy(route => route.Template, StringComparer.Ordinal).ThenBy(route => route.Method, StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"\{\**(?<name>\w+)(?<policies>[^}]*)\}")]
    internal static partial Regex Parameter();

    private static ApiRoute Describe(RouteEndpoint endpoint, string method)
    {
        var template = endpoint.RoutePattern.RawText!;
        var routeParameters = Parameter().Matches(template).Select(match => match.Groups["policies"].Value switch
        {
            var policies when policies.Contains(":guid", StringComparison.Ordinal) => RouteValueKind.Guid,
            var policies when policies.Contains(":int", StringComparison.Ordinal) => RouteValueKind.Int,
            _ => RouteValueKind.Text,
        }).ToList();
        var routeNames = Parameter().Matches(template).Select(match => match.Groups["name"].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var queryNames = (endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters() ?? [])
            .Where(parameter => IsSimple(parameter.ParameterType) && !routeNames.Contains(parameter.Name!))
            .Select(parameter => parameter.Name!)
            .ToList();
        var body = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var bodyFields = body is null || !body.IsClass || body == typeof(string)
            ? []
            : body.GetProperties().Select(property => JsonNamingPolicy.CamelCase.ConvertName(property.Name)).ToList();
        return new ApiRoute(method, template, routeParameters, queryNames, bodyFields);
    }

    private static bool IsSimple(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? (type.IsArray ? type.GetElementType()! : type);
        return plain.IsPrimitive || plain.IsEnum || plain == typeof(string) || plain == typeof(Guid) || plain == typeof(DateOnly)
            || plain == typeof(DateTimeOffset) || plain == typeof(DateTime) || plain == typeof(decimal);
    }
}
