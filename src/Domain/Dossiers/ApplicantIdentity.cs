using System.Security.Cryptography;
using System.Text;

namespace HanoiDvc.Domain.Dossiers;

/// <summary>Who the applicant of a dossier is when they have no account.</summary>
public static class ApplicantIdentity
{
    /// <summary>The least key length, in bytes (HMAC-SHA256's block of security).</summary>
    public const int MinimumKeyBytes = 32;

    /// <summary>
    /// The applicant id of a person without an account, the same whichever way their dossier comes (the desk, an
    /// integrator), so all their dossiers share one applicant; the public lookup needs the code and the citizen ID the
    /// dossier stores, as for everyone. Keyed (HMAC-SHA256 with a secret of the deployment), so the id does not give the
    /// citizen ID away: 12 digits would be tried in minutes against a plain hash (Nghị định 13/2023/NĐ-CP, Điều 2 khoản 3: the
    /// citizen ID number is basic personal data).
    /// </summary>
    /// <exception cref="ArgumentException">The citizen ID is not 12 digits, or the key is shorter than <see cref="MinimumKeyBytes"/>.</exception>
    public static Guid ForUnregistered(string citizenId, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(citizenId);
        ArgumentNullException.ThrowIfNull(key);
        var id = citizenId.Trim();
        if (id.Length != 12 || !id.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A citizen ID has 12 digits.", nameof(citizenId));
        }

        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"The applicant identity key has at least {MinimumKeyBytes} bytes.", nameof(key));
        }

        var bytes = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"hanoidvc:applicant:{id}"))[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8: application-defined
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
