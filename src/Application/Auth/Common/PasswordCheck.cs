namespace HanoiDvc.Application.Auth.Common;

/// <summary>The result of checking a user name and password; <see cref="Account"/> only when it succeeded.</summary>
public sealed record PasswordCheck(PasswordCheckOutcome Outcome, AccountSummary? Account);
