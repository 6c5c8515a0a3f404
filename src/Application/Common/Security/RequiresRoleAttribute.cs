namespace HanoiDvc.Application.Common.Security;

/// <summary>
/// Declares who may send a request through the MediatR pipeline: a signed-in user holding one of <see cref="Roles"/>
/// (any signed-in user when none is given). Several attributes must all be satisfied. Enforced by the authorization
/// behaviour: no user → <see cref="Exceptions.NotSignedInException"/> (401), no matching role → forbidden (403).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class RequiresRoleAttribute(params string[] roles) : Attribute
{
    /// <summary>The roles of which the user needs at least one; empty for any signed-in user.</summary>
    public IReadOnlyList<string> Roles { get; } = roles;
}
