namespace HanoiDvc.Application.Documents;

/// <summary>One paper of the dossier (thành phần hồ sơ) and how many copies were handed in.</summary>
public sealed record ReceivedDocument(string Name, int Count);
