namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>
/// What one feature still points to in the <see cref="IFileStore"/>. The orphan collector deletes a stored object only
/// when no implementation claims it, so every feature that keeps file hashes registers one.
/// </summary>
public interface IFileReferences
{
    /// <summary>Those of <paramref name="sha256s"/> that rows of this feature reference.</summary>
    Task<IReadOnlyCollection<string>> ReferencedAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken);
}
