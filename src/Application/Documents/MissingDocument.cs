namespace HanoiDvc.Application.Documents;

/// <summary>One paper or correction the applicant must supply, with the reason it is asked for.</summary>
/// <remarks>A request made in the earlier shape (names only) has no reason: it prints blank, to fill in by hand.</remarks>
public sealed record MissingDocument(string Name, string? Reason);
