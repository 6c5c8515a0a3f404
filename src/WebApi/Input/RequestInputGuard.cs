using HanoiDvc.Application.Common.Localization;
using Microsoft.AspNetCore.Http.Metadata;

namespace HanoiDvc.WebApi.Input;

/// <summary>
/// On every API endpoint, before its handler: refuses <see cref="ControlCharacters"/> in the query (names and values),
/// the route values, the header values and the form (fields and file names), and a JSON body that is missing or
/// <c>null</c>, with a 400 problem whose <c>errors</c> name the field (<c>body</c> for the body). The strings inside a
/// JSON body are checked while it is read (<see cref="CheckedTextConverter"/>).
/// </summary>
internal static class RequestInputGuard
{
    /// <summary>The field of the errors about the body as a whole.</summary>
    public const string BodyField = "body";

    /// <summary>Guards every endpoint mapped on <paramref name="builder"/> (a group holding the whole API).</summary>
    public static TBuilder WithRequestInputGuard<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory(static (factory, next) =>
        {
            var parameters = factory.MethodInfo.GetParameters();
            return async context =>
            {
                var errors = await RefusedInputAsync(context.HttpContext);
                if (JsonBodyType(context.HttpContext) is { } body
                    && parameters.Any(parameter => parameter.ParameterType == body && context.Arguments[parameter.Position] is null))
                {
                    // Minimal APIs pass null for a body whose type they take as optional (a generic one, for instance); no handler expects it.
                    errors.TryAdd(BodyField, [MissingBody()]);
                }

                return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : await next(context);
            };
        });

    /// <summary>The message of a JSON body that is missing, empty or <c>null</c>, in the request's language.</summary>
    public static string MissingBody() => Localized.Text("Cần gửi nội dung yêu cầu (một đối tượng JSON).", "A request body (a JSON object) is required.");

    /// <summary>The message of a form that cannot be read, in the request's language.</summary>
    public static string UnreadableBody() => Localized.Text("Không đọc được nội dung yêu cầu.", "The request body cannot be read.");

    /// <summary>The type the endpoint reads from a JSON body, if it reads one.</summary>
    private static Type? JsonBodyType(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is { RequestType: { } type } accepts
        && accepts.ContentTypes.Any(contentType => contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
            ? type
            : null;

    private static async Task<Dictionary<string, string[]>> RefusedInputAsync(HttpContext http)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var request = http.Request;
        foreach (var (name, values) in request.Query)
        {
            Check(errors, name, [name, .. values]);
        }

        foreach (var (name, value) in request.RouteValues)
        {
            Check(errors, name, [value as string]);
        }

        foreach (var (name, values) in request.Headers)
        {
            Check(errors, name, values);
        }

        if (request.HasFormContentType)
        {
            await CheckFormAsync(errors, request);
        }

        return errors;
    }

    private static async Task CheckFormAsync(Dictionary<string, string[]> errors, HttpRequest request)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            // A malformed or cut multipart body, or a form over the framework's limits (field count, key or value length).
            errors.TryAdd(BodyField, [UnreadableBody()]);
            return;
        }

        foreach (var (name, values) in form)
        {
            Check(errors, name, [name, .. values]);
        }

        foreach (var file in form.Files)
        {
            Check(errors, file.Name, [file.Name, file.FileName]);
        }
    }

    private static void Check(Dictionary<string, string[]> errors, string field, IEnumerable<string?> values)
    {
        if (values.Any(value => value is not null && ControlCharacters.AreIn(value)))
        {
            errors.TryAdd(field, [ControlCharacters.Message()]);
        }
    }
}
