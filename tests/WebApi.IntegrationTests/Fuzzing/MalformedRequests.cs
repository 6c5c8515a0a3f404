using System.Globalization;
using System.Text;
using CsCheck;

namespace HanoiDvc.WebApi.IntegrationTests.Fuzzing;

/// <summary>
/// CsCheck generators of malformed requests for the API's routes: path values that are real ids, unknown ids and
/// odd text; query values and JSON fields holding NUL and other controls, unpaired surrogates, huge text, numbers out
/// of range, the wrong types and deep nesting; bodies that are null, empty, not JSON or not UTF-8, forms and multipart
/// envelopes; odd Accept, Content-Type and other header values. Every choice shrinks towards the plainest one.
/// </summary>
internal sealed class MalformedRequests(IReadOnlyList<ApiRoute> routes, IReadOnlyList<Guid> knownIds)
{
    /// <summary>Query names every route is also tried with (paging, search, lookups, VNPay's parameters).</summary>
    private static readonly string[] CommonQueryNames = ["page", "pageSize", "q", "from", "to", "status", "code", "citizenId", "agencyId", "vnp_TxnRef", "vnp_SecureHash", "vnp_Amount"];

    private static readonly string[] Accepts =
        ["application/json", "text/html", "application/xml", "*/*;q=0", "garbage", "application/json;q=0", ";;,,", "text/*, image/png;q=0.1", "*/*"];

    private static readonly string[] JsonContentTypes =
        ["application/json", "application/json; charset=utf-8", "application/json; charset=latin1", "application/json; charset=utf-16", "text/plain",
            "application/xml", "application/merge-patch+json", "*/*", ";;", "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=zz"];

    /// <summary>Text a field or parameter may hold: plain first, then what the API must refuse or survive.</summary>
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.Const("Nguyễn Văn An"), Gen.Const(string.Empty), Gen.Const("\0"), Gen.Const("Trần\0Bình"), Gen.Const("\u0001\u001b\u007f\u0085"),
        Gen.Const("\ud800"), Gen.Const("x\udc00y"), Gen.Const("' OR 1=1 --"), Gen.Const("<script>alert(1)</script>"), Gen.Const("%"),
        Gen.Const("000.00.12.H26-260302-0001"), Gen.Const("001208012345"), Gen.Const("ABCDEFGHJKLM"), Gen.Const("2026-02-30"), Gen.Const("-1"),
        Gen.Const("99999999999999999999"), Gen.Const("Receipt"), Gen.Const("Satisfied"), Gen.Const("InPerson"), Gen.Const("dossiers:read"),
        Gen.Const(new string('x', 5_000)), Gen.Const(new string('ễ', 30_000)), Gen.Char.Array[0, 24].Select(chars => new string(chars)));

    /// <summary>A JSON value of any type, written as JSON text (strings escaped so that NUL and lone surrogates survive).</summary>
    private Gen<string> JsonValue => Gen.OneOf(
        Text.Select(JsonString), Gen.Const("null"), Gen.Const("true"), Gen.Const("0"), Gen.Const("-1"), Gen.Const("1.5"), Gen.Const("1e400"),
        Gen.Const("99999999999999999999999"), Gen.Const("[]"), Gen.Const("{}"), Gen.Const("[\"a\",null,1]"), Gen.Const("{\"x\":\"\\u0000\"}"),
        Gen.Const(new string('[', 200) + new string(']', 200)), Gen.Const("\"2026-03-02T08:00:00+07:00\""), Gen.Const("\"2026-03-02\""),
        Gen.Int[0, knownIds.Count - 1].Select(i => $"\"{knownIds[i]}\""));

    public Gen<FuzzRequest> Request =>
        from route in Gen.Int[0, routes.Count - 1].Select(i => routes[i])
        from caller in Gen.Enum<Caller>()
        from path in PathValues(route)
        from query in Query(route)
        from headers in Headers
        from body in Body(route)
        select new FuzzRequest(route, caller, route.Path(path), query, headers, body);

    private Gen<string[]> PathValues(ApiRoute route) =>
        route.RouteValues.Count == 0
            ? Gen.Const(Array.Empty<string>())
            : route.RouteValues.Aggregate(Gen.Const(Array.Empty<string>()), (values, kind) => Gen.Select(values, RouteValue(kind), (before, value) => (string[])[.. before, value]));

    private Gen<string> RouteValue(RouteValueKind kind) => kind switch
    {
        RouteValueKind.Guid => Gen.OneOf(Gen.Int[0, knownIds.Count - 1].Select(i => knownIds[i].ToString()), Gen.Guid.Select(g => g.ToString()), Gen.Const("not-a-guid")),
        RouteValueKind.Int => Gen.OneOf(Gen.Const("2026"), Gen.Const("0"), Gen.Const("-1"), Gen.Const("99999999999"), Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture))),
        _ => Gen.OneOf(Text.Select(text => Escaped(text, inPath: true)), Gen.Const("%FF%C3%28")),
    };

    private static Gen<string> Query(ApiRoute route)
    {
        var names = route.QueryNames.Concat(CommonQueryNames).Distinct(StringComparer.Ordinal).ToArray();
        var pair = Gen.Select(Gen.Int[0, names.Length - 1], Gen.OneOf(Text.Select(text => Escaped(text, inPath: false)), Gen.Const("%FF%FE")),
            (name, value) => $"{names[name]}={value}");
        return pair.Array[0, 4].Select(pairs => pairs.Length == 0 ? string.Empty : "?" + string.Join('&', pairs));
    }

    private static Gen<IReadOnlyList<KeyValuePair<string, string>>> Headers
    {
        get
        {
            // Header values cannot carry CR or LF through HttpClient at all; other controls and non-ASCII text can.
            var value = Text.Select(text => new string(text.Where(c => c is not ('\r' or '\n')).ToArray()));
            var header = Gen.OneOf(
                Gen.Int[0, Accepts.Length - 1].Select(i => KeyValuePair.Create("Accept", Accepts[i])),
                value.Select(v => KeyValuePair.Create("Idempotency-Key", v)),
                Gen.OneOf(Gen.Const("\"abc\""), Gen.Const("*"), Gen.Const("W/\"1\""), value).Select(v => KeyValuePair.Create("If-Match", v)),
                Gen.OneOf(Gen.Const("\"abc\""), Gen.Const("*"), value).Select(v => KeyValuePair.Create("If-None-Match", v)),
                value.Select(v => KeyValuePair.Create("X-Correlation-Id", v)),
                Gen.OneOf(Gen.Const("en"), Gen.Const("xx"), Gen.Const("vi;q=abc"), Gen.Const("*"), value).Select(v => KeyValuePair.Create("Accept-Language", v)),
                Gen.OneOf(Gen.Const("Bearer garbage"), Gen.Const("Basic !!!"), Gen.Const("Basic YTpi"), Gen.Const("Bearer"), value)
                    .Select(v => KeyValuePair.Create("Authorization", v)));
            return header.Array[0, 3].Select(headers => (IReadOnlyList<KeyValuePair<string, string>>)headers);
        }
    }

    private Gen<FuzzBody> Body(ApiRoute route)
    {
        var contentType = Gen.Frequency((3, Gen.Const<string?>("application/json")), (1, Gen.Int[0, JsonContentTypes.Length - 1].Select(i => (string?)JsonContentTypes[i])), (1, Gen.Const((string?)null)));
        var fields = route.BodyFields.Concat(["surprise"]).ToArray();
        var field = Gen.Select(Gen.Int[0, fields.Length - 1], JsonValue, (name, value) => $"{JsonString(fields[name])}:{value}");
        var json = Gen.OneOf(
            field.Array[0, 6].Select(pairs => "{" + string.Join(',', pairs) + "}"),
            Gen.OneOf(Gen.Const("null"), Gen.Const(string.Empty), Gen.Const("[]"), Gen.Const("0"), Gen.Const("\"x\""), Gen.Const("{"), Gen.Const("{\"a\":"),
                Gen.Const(new string('[', 5_000)), Gen.Const("{\"formData\":" + new string('{', 3_000)), Gen.Const("{\"comment\":\"" + new string('x', 70_000) + "\"}")),
            JsonValue);
        return Gen.Frequency(
            (2, Gen.Const(FuzzBody.None)),
            (6, Gen.Select(json, contentType, (text, type) => new FuzzBody("json", Encoding.UTF8.GetBytes(text), type))),
            (1, Gen.Select(Gen.Byte.Array[1, 64], contentType, (bytes, type) => new FuzzBody("bytes", [.. "{\"comment\":\""u8, .. bytes, .. "\"}"u8], type))),
            (1, Text.Array[0, 3].Select(values => new FuzzBody("form", Encoding.UTF8.GetBytes(Form(values)), "application/x-www-form-urlencoded"))),
            (1, Text.Select(text => Multipart(text))));
    }

    private static string Form(string[] values) =>
        "grant_type=client_credentials" + string.Concat(values.Select((value, i) => $"&{(i % 2 == 0 ? "client_id" : "client_secret")}={Escaped(value, inPath: false)}"));

    private static FuzzBody Multipart(string text)
    {
        const string boundary = "fuzz-boundary";
        var fileName = new string(text.Where(c => c is not ('"' or '\r' or '\n' or '\\')).ToArray());
        var body = $"--{boundary}\r\nContent-Disposition: form-data; name=\"documentName\"\r\n\r\n{text}\r\n"
            + $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fileName}.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--{boundary}--\r\n";
        return new FuzzBody("multipart", Encoding.UTF8.GetBytes(body), $"multipart/form-data; boundary={boundary}");
    }

    /// <summary>A JSON string literal; every control character and surrogate as a <c>\u</c> escape, so lone surrogates reach the server as sent.</summary>
    private static string JsonString(string text) =>
        "\"" + string.Concat(text.Select(c => c < ' ' || c is '"' or '\\' || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString())) + "\"";

    /// <summary>
    /// Percent-encoded UTF-8 (a lone surrogate becomes U+FFFD). NUL is left out of paths: the server (Kestrel, and the test
    /// server's client alike) refuses a path holding it before the application sees the request.
    /// </summary>
    private static string Escaped(string text, bool inPath)
    {
        var bytes = Encoding.UTF8.GetBytes(text).Where(b => !inPath || b != 0);
        return string.Concat(bytes.Select(b => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' ? ((char)b).ToString() : $"%{b:X2}"));
    }
}
