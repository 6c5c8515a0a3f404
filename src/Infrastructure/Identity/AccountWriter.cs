using FluentValidation.Results;
using HanoiDvc.Application.Common.Exceptions;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace HanoiDvc.Infrastructure.Identity;

/// <summary>
/// Creates and changes accounts through <see cref="UserManager{TUser}"/> inside one database transaction, so a failed
/// request leaves nothing behind, and turns Identity's errors and unique violations into 409 or 400 answers.
/// </summary>
public sealed class AccountWriter(UserManager<ApplicationUser> users, AppDbContext db)
{
    /// <summary>Creates the user with an optional password and roles, all or nothing.</summary>
    /// <param name="user">The new account.</param>
    /// <param name="password">Its password, or null for an account that signs in elsewhere.</param>
    /// <param name="roles">Roles to add.</param>
    /// <param name="passwordField">Request field named in a password error (e.g. <c>password</c>).</param>
    /// <param name="duplicateUserName">The conflict to report when the user name is taken.</param>
    /// <param name="cancellationToken">Abort.</param>
    public Task CreateAsync(
        ApplicationUser user, string? password, IReadOnlyCollection<string> roles, string passwordField,
        Func<ConflictException> duplicateUserName, CancellationToken cancellationToken) =>
        InTransactionAsync(async () =>
        {
            var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
            ThrowIfFailed(created, passwordField, duplicateUserName);
            if (roles.Count > 0)
            {
                ThrowIfFailed(await users.AddToRolesAsync(user, roles), passwordField, duplicateUserName);
            }
        }, duplicateUserName, cancellationToken);

    /// <summary>Runs Identity operations in one transaction; unique violations become conflicts.</summary>
    public async Task InTransactionAsync(Func<Task> work, Func<ConflictException> duplicateUserName, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            await strategy.ExecuteAsync(async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await work();
                await transaction.CommitAsync(ct);
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            throw AccountConflicts.ForIndex(unique.ConstraintName, duplicateUserName);
        }
    }

    /// <summary>Throws the HTTP-meaningful exception for a failed Identity result.</summary>
    public static void ThrowIfFailed(IdentityResult result, string passwordField, Func<ConflictException> duplicateUserName)
    {
        if (result.Succeeded)
        {
            return;
        }

        var errors = result.Errors.ToList();
        if (errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail)))
        {
            throw AccountConflicts.DuplicateEmail();
        }

        if (errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            throw duplicateUserName();
        }

        var passwordErrors = errors.Where(e => e.Code.StartsWith("Password", StringComparison.Ordinal)).ToList();
        if (passwordErrors.Count > 0)
        {
            throw new RequestValidationException(passwordErrors.Select(e => new ValidationFailure(passwordField, e.Description)));
        }

        throw new InvalidOperationException("Identity refused the change: " + string.Join("; ", errors.Select(e => e.Code)));
    }
}
