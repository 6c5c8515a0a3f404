using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HanoiDvc.WebApi.Infrastructure;

/// <summary>The OpenAPI document at <c>/swagger/v1/swagger.json</c>: XML comments of the API and use cases, bearer auth on protected operations.</summary>
internal static class SwaggerSetup
{
    public const string BearerScheme = "Bearer";

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
            options.OperationFilter<BearerRequirementFilter>();
            options.SupportNonNullableReferenceTypes();
        });
        return services;
    }

    /// <summary>Marks every operation that is not anonymous as needing a bearer token, with its 401 and 403 answers.</summary>
    private sealed class BearerRequirementFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAllowAnonymous>().Any())
            {
                return;
            }

            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] });
            operation.Responses ??= [];
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Not signed in." });
            operation.Responses.TryAdd("403", new OpenApiResponse { Description = "Signed in without the required role or agency." });
        }
    }
}
