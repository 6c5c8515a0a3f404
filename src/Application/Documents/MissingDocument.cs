namespace HanoiDvc.Application.Documents;

/// <summary>One paper or correction the applicant must supply, with the reason it is asked for.</summary>
public sealed record MissingDocument(string Name, string Reason);
