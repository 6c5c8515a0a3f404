namespace HanoiDvc.Application.Common.Security;

/// <summary>
/// Declares a request that only an integrator (API client) whose token carries <see cref="Scope"/> may send. People are
/// refused (403), and so are integrators on requests that carry only <see cref="RequiresRoleAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class RequiresScopeAttribute(string scope) : Attribute
{
    public string Scope { get; } = scope;
}
