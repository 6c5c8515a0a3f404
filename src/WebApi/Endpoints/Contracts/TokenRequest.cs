namespace HanoiDvc.WebApi.Endpoints.Contracts;

/// <summary>Credentials for <c>POST /api/v1/auth/token</c>.</summary>
/// <param name="UserName">User name (citizen ID for citizens, tax code for organisations) or e-mail.</param>
/// <param name="Password">Password.</param>
public sealed record TokenRequest(string UserName, string Password);
