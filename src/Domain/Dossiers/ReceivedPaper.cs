using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// One paper the desk recorded at reception (thành phần hồ sơ nộp, Mẫu số 01 of Thông tư 01/2018/TT-VPCP): its name, whether
/// an original or a copy was handed in, and how many.
/// </summary>
/// <param name="Name">The paper's name, usually a required document's name.</param>
/// <param name="Form">Original, copy or certified copy.</param>
/// <param name="Count">How many were handed in (at least 1).</param>
public sealed record ReceivedPaper(string Name, DocumentForm Form, int Count)
{
    /// <summary>The longest name kept.</summary>
    public const int NameMaxLength = 500;
}

/// <summary>
/// One item of a supplement request (Mẫu số 02 of Thông tư 01/2018/TT-VPCP): the paper or content to supplement or correct and
/// why; <paramref name="Step"/> is the sequence of the request's processing step, so each request keeps its own items.
/// </summary>
public sealed record SupplementItem(int Step, string Document, string? Reason);
