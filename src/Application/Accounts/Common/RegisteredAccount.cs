namespace HanoiDvc.Application.Accounts.Common;

/// <summary>A newly registered account.</summary>
/// <param name="Id">Account id.</param>
/// <param name="UserName">The name to sign in with (the e-mail works too).</param>
public sealed record RegisteredAccount(Guid Id, string UserName);
