namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>Conditions the caller put on a write (HTTP <c>If-Match</c>): the entity tags it expects the resource to have.</summary>
public interface IRequestPreconditions
{
    /// <summary>The tags of <c>If-Match</c> (without quotes); null when the request has none; <c>*</c> matches anything.</summary>
    IReadOnlyList<string>? IfMatch { get; }
}
