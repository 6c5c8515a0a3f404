using HanoiDvc.Domain.Integrations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HanoiDvc.WebApi.OpenApi;

/// <summary>The OpenAPI document at <c>/swagger/v1/swagger.json</c>: XML comments of the API and use cases, bearer auth on protected operations.</summary>
internal static class SwaggerSetup
{
    public const string BearerScheme = "Bearer";

    public const string ClientCredentialsScheme = "OAuth2";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "HanoiDvc API",
                Version = "v1",
                Description = "Dịch vụ công trực tuyến ngành Giáo dục và Đào tạo Hà Nội — online public services of the Hanoi Department of Education and Training. "
                    + "Errors are RFC 9457 problem details with a traceId; send Accept-Language: en for English messages (Vietnamese by default).",
            });
            // Relative: the API that serves the document (its paths start with /api/v1).
            options.AddServer(new OpenApiServer { Url = "/", Description = "The server this document is read from" });
            foreach (var assembly in new[] { typeof(Program).Assembly, typeof(Application.DependencyInjection).Assembly })
            {
                var xml = Path.Combine(AppContext.BaseDirectory, $"{assembly.GetName().Name}.xml");
                if (File.Exists(xml))
                {
                    options.IncludeXmlComments(xml);
                }
            }

            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Access token from POST /api/v1/auth/token (officials, citizens) or from client credentials (integrators).",
            });
            options.AddSecurityDefinition(ClientCredentialsScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description = "Integrators: OAuth2 client credentials. Tokens carry the granted scopes; each integrator operation names the scope it needs.",
                Flows = new OpenApiOAuthFlows
                {
                    ClientCredentials = new OpenApiOAuthFlow
                    {
                        TokenUrl = new Uri("/api/v1/oauth/token", UriKind.Relative),
                        Scopes = new Dictionary<string, string>
                        {
                            [IntegratorScopes.CatalogueRead] = "Read the procedure catalogue",
                            [IntegratorScopes.DossiersRead] = "Read the dossiers of the client's agencies",
                            [IntegratorScopes.DossiersWrite] = "Submit dossiers for applicants and report their status",
                            [IntegratorScopes.StatisticsRead] = "Read public figures and statistics",
                            [IntegratorScopes.WebhooksManage] = "Manage the client's webhook subscriptions",
                        },
                    },
                },
            });
            options.OperationFilter<BearerRequirementFilter>();
            options.OperationFilter<CommonProblemsFilter>();
            options.OperationFilter<OpenApiExamples>();
            options.DocumentFilter<OpenApiRequiredProperties>();
            options.SupportNonNullableReferenceTypes();
            // A nullable enum or object property is written allOf + nullable, so generated clients accept its null; the
            // last document filter turns that into the OpenAPI 3.0 form validators understand (OpenApiNullableReferences).
            options.UseAllOfToExtendReferenceSchemas();
            options.DocumentFilter<OpenApiNullableReferences>();
        });
        return services;
    }

    /// <summary>
    /// Marks every operation that is not anonymous as needing a bearer token, with its 401 and 403 answers; integrator
    /// operations need the OAuth2 client-credentials scheme with their scope; public reads that integrators may call with a
    /// scope list both "no security" and that scope.
    /// </summary>
    private sealed class BearerRequirementFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAllowAnonymous>().Any())
            {
                return;
            }

            var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
            var scope = policies.Select(Policies.ScopeOf).OfType<string>().FirstOrDefault();
            operation.Security ??= [];
            if (scope is not null)
            {
                var isPublic = policies.Any(p => p.StartsWith("PublicOr:", StringComparison.Ordinal));
                if (isPublic)
                {
                    operation.Security.Add(new OpenApiSecurityRequirement());
                }

                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ClientCredentialsScheme, context.Document)] = [scope] });
                operation.Responses ??= [];
                operation.Responses.TryAdd("401", new OpenApiResponse { Description = isPublic ? "An integrator's token is invalid, expired or revoked." : "No valid token, or the client was disabled or its secret revoked." });
                operation.Responses.TryAdd("403", new OpenApiResponse { Description = $"The token lacks the scope {scope}." });
                return;
            }

            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] });
            operation.Responses ??= [];
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Not signed in." });
            operation.Responses.TryAdd("403", new OpenApiResponse { Description = "Signed in without the required role or agency." });
        }
    }

    /// <summary>
    /// The answers any operation may give whatever it does: 500 (an unexpected error: a problem with a trace id and no
    /// internals) and 503 (the database cannot be reached: retry after the delay given); and 429 with Retry-After where
    /// a rate limit applies (a named limiter, or the per-integrator budget on scoped operations).
    /// </summary>
    private sealed class CommonProblemsFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
            var scoped = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Any(p => Policies.ScopeOf(p) is not null);
            operation.Responses ??= [];
            if (scoped || metadata.OfType<EnableRateLimitingAttribute>().Any())
            {
                operation.Responses.TryAdd("429", Problem(problem, "Too many requests from this client (IP address, account or integrator): wait the seconds in Retry-After.", retryAfter: true));
            }

            operation.Responses.TryAdd("500", Problem(problem, "An unexpected error. The problem carries only a traceId to quote to the support desk.", retryAfter: false));
            operation.Responses.TryAdd("503", Problem(problem, "The service cannot reach its database for the moment (code `database.unavailable`); retry after the seconds in Retry-After.", retryAfter: true));
        }

        private static OpenApiResponse Problem(IOpenApiSchema schema, string description, bool retryAfter) => new()
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
            Headers = retryAfter
                ? new Dictionary<string, IOpenApiHeader>
                {
                    ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before trying again.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
                }
                : null,
        };
    }
}
