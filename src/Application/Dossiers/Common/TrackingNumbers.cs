using System.Security.Cryptography;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>Tracking numbers for online submissions: ten characters of digits and capitals without look-alikes, random.</summary>
internal static class TrackingNumbers
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 10);
}
