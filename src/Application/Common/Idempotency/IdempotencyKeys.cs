using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace HanoiDvc.Application.Common.Idempotency;

/// <summary>What the use cases that accept an <c>Idempotency-Key</c> share: the request's hash and the lookup of an earlier use.</summary>
internal static class IdempotencyKeys
{
    /// <summary>Whether <paramref name="key"/> has the shape every use case accepts: 8–100 characters of <c>A-Za-z0-9._:-</c>.</summary>
    public static bool IsWellFormed(string key) => key.Length is >= 8 and <= 100 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-');

    /// <summary>SHA-256 (hex) of the JSON of <paramref name="content"/>: pass what makes two requests the same.</summary>
    public static string Hash(object content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(content))));

    /// <summary>The resource an earlier request with this key produced, or null; the same key with another hash is a 422.</summary>
    public static async Task<Guid?> EarlierResultAsync(IAppDbContext db, Guid userId, string key, string hash, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId && r.Key == key, cancellationToken);
        if (record is null)
        {
            return null;
        }

        return record.RequestHash == hash ? record.ResourceId : throw new IdempotencyKeyReusedException();
    }
}
