namespace HanoiDvc.Application.Auth.Common;

/// <summary>A person as a validated ID token of an external OpenID Connect provider (e.g. VNeID) describes them.</summary>
/// <param name="Provider">Provider name, lower case (e.g. <c>vneid</c>).</param>
/// <param name="Subject">The provider's stable id of the person (<c>sub</c>).</param>
/// <param name="CitizenId">The 12-digit personal identification number the provider vouches for.</param>
/// <param name="FullName">Name as the provider knows it.</param>
public sealed record ExternalIdentity(string Provider, string Subject, string CitizenId, string FullName);
