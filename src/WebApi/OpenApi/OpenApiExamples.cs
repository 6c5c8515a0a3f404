using System.Globalization;
using System.Text.Json.Nodes;
using HanoiDvc.WebApi.ErrorHandling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HanoiDvc.WebApi.OpenApi;

/// <summary>
/// Gives every JSON request body and every JSON answer of the document an example: a sample of the CLR type the
/// endpoint reads or writes, serialised with the API's own JSON options (<see cref="OpenApiSampleJson"/>), so the example
/// and the schema come from the same type; an error answer without a type of its own is a problem as the API writes it.
/// A client author sees the shape of each message without calling the API. Examples written by hand are kept.
/// </summary>
internal sealed class OpenApiExamples(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> jsonOptions) : IOperationFilter
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The RFC 9110 sections ASP.NET Core writes as a problem's <c>type</c> (statuses without one have none).</summary>
    private static readonly Dictionary<int, string> TypeSections = new()
    {
        [400] = "15.5.1", [401] = "15.5.2", [403] = "15.5.4", [404] = "15.5.5", [409] = "15.5.10", [412] = "15.5.13",
        [422] = "15.5.21", [500] = "15.6.1", [503] = "15.6.4",
    };

    private readonly OpenApiSampleJson _samples = new(jsonOptions.Value.SerializerOptions);

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var body = context.ApiDescription.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body)?.Type;
        Fill(operation.RequestBody?.Content, body);
        foreach (var (status, response) in operation.Responses ?? [])
        {
            var type = context.ApiDescription.SupportedResponseTypes
                .FirstOrDefault(r => r.StatusCode.ToString(CultureInfo.InvariantCulture) == status)?.Type;
            var code = int.TryParse(status, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
            if (code >= 400 && (type is null || typeof(ProblemDetails).IsAssignableFrom(type)))
            {
                FillProblem(response.Content, code);
            }
            else
            {
                Fill(response.Content, type);
            }
        }
    }

    private void Fill(IDictionary<string, OpenApiMediaType>? content, Type? type)
    {
        if (type is null || type == typeof(void))
        {
            return;
        }

        foreach (var (mediaType, media) in content ?? new Dictionary<string, OpenApiMediaType>())
        {
            if (mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) && media.Example is null && media.Examples is not { Count: > 0 })
            {
                media.Example = _samples.For(type);
            }
        }
    }

    /// <summary>An error answer as the API writes it: Vietnamese title, stable code, trace id; field errors on a 400.</summary>
    private static void FillProblem(IDictionary<string, OpenApiMediaType>? content, int status)
    {
        foreach (var media in (content ?? new Dictionary<string, OpenApiMediaType>()).Where(c => c.Key.Contains("json", StringComparison.OrdinalIgnoreCase)).Select(c => c.Value))
        {
            if (media.Example is not null || media.Examples is { Count: > 0 })
            {
                continue;
            }

            var problem = new JsonObject();
            if (TypeSections.TryGetValue(status, out var section))
            {
                problem["type"] = $"https://tools.ietf.org/html/rfc9110#section-{section}";
            }

            problem["title"] = ProblemTexts.Title(status, Vietnamese) ?? ReasonPhrases.GetReasonPhrase(status);
            problem["status"] = status;
            problem["instance"] = "/api/v1/dossiers/0191f000-0000-7000-8000-000000000001";
            problem["traceId"] = "0HN8K3F5Q2JVB:00000001";
            // The only 503 the API writes is the database out of reach.
            problem["code"] = status == StatusCodes.Status503ServiceUnavailable ? "database.unavailable" : ProblemDetailsSetup.DefaultCode(status);
            if (status == StatusCodes.Status400BadRequest)
            {
                problem["errors"] = new JsonObject { ["citizenId"] = new JsonArray("Số định danh cá nhân gồm đúng 12 chữ số.") };
            }

            media.Example = problem;
        }
    }
}
