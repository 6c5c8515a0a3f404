using HanoiDvc.Domain.Common;

namespace HanoiDvc.Application.Accounts.Events;

/// <summary>
/// Someone asked for a password reset link. Written for every request, whether or not an account matched (so both cost
/// the same); <see cref="UserId"/> and <see cref="Token"/> are null when none did, and nothing is sent. The token rides
/// in the outbox only until the mail is handed to SMTP: the mail handler then blanks it from the stored message.
/// </summary>
/// <param name="UserId">The account, or null when nothing matched.</param>
/// <param name="Token">The link's token (its hash is in <c>password_reset_tokens</c>), or null.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
/// <param name="OccurredAt">When it was asked for (UTC).</param>
public sealed record PasswordResetRequested(Guid? UserId, string? Token, DateTimeOffset ExpiresAt, DateTimeOffset OccurredAt) : IDomainEvent;
