namespace HanoiDvc.Application.Documents;

/// <summary>One paper of the dossier (thành phần hồ sơ) and how many copies were handed in.</summary>
/// <param name="Name">The paper's name.</param>
/// <param name="Count">How many (paper copies, or files attached online).</param>
/// <param name="Form">As printed: "Bản chính", "Bản sao", "Bản sao chứng thực", "Tệp điện tử"; null prints blank.</param>
public sealed record ReceivedDocument(string Name, int Count, string? Form = null);
