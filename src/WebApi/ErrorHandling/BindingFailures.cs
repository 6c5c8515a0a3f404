using System.Text.Json;
using System.Text.RegularExpressions;
using HanoiDvc.Application.Common.Localization;
using HanoiDvc.WebApi.Input;
using Microsoft.AspNetCore.Mvc;

namespace HanoiDvc.WebApi.ErrorHandling;

/// <summary>
/// A request minimal APIs could not bind (<see cref="BadHttpRequestException"/>) as a problem. A 400 names its field
/// in <c>errors</c>: the JSON path of a body value of the wrong type, out of range or refused (<c>body</c> for the
/// body as a whole: missing, empty, <c>null</c>, not JSON, not UTF-8), or the query, route or header parameter.
/// Other statuses (413, 415) keep theirs.
/// </summary>
internal static partial class BindingFailures
{
    public static ProblemDetails Problem(BadHttpRequestException failure)
    {
        if (failure.StatusCode != StatusCodes.Status400BadRequest)
        {
            return new ProblemDetails { Status = failure.StatusCode, Detail = failure.Message };
        }

        var (field, message) = failure.InnerException switch
        {
            RefusedTextException refused => (FieldOf(refused.Path), refused.Message),
            JsonException json => (FieldOf(json.Path), WrongValue()),
            _ when failure.Message.Contains("no body was provided", StringComparison.Ordinal)
                || failure.Message.Contains("was not provided from body", StringComparison.Ordinal) => (RequestInputGuard.BodyField, RequestInputGuard.MissingBody()),
            _ when failure.Message.Contains("body", StringComparison.OrdinalIgnoreCase) => (RequestInputGuard.BodyField, RequestInputGuard.UnreadableBody()),
            _ => (ParameterOf(failure.Message), WrongValue()),
        };
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Detail = failure.Message,
        };
    }

    /// <summary>The field a JSON path points at, as the client wrote it: <c>$.formData['họ tên']</c> → <c>formData.họ tên</c>.</summary>
    public static string FieldOf(string? path)
    {
        var field = BracketedName().Replace(path ?? string.Empty, ".$1").TrimStart('$').TrimStart('.');
        return field.Length == 0 ? RequestInputGuard.BodyField : field;
    }

    private static string WrongValue() => Localized.Text(
        "Giá trị không đúng kiểu dữ liệu, vượt quá giới hạn hoặc không đọc được.",
        "The value has the wrong type, is out of range or cannot be read.");

    /// <summary>The parameter named by the framework's message (<c>Failed to bind parameter "int page" from "abc".</c>).</summary>
    private static string ParameterOf(string message) =>
        QuotedParameter().Match(message) is { Success: true } match ? match.Groups["name"].Value : "request";

    [GeneratedRegex(@"\['(.*?)'\]")]
    private static partial Regex BracketedName();

    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>[^\" ]+)\"")]
    private static partial Regex QuotedParameter();
}
