namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// Who a step's comment is for. The applicant (timeline, lookup, notifications) only ever sees <see cref="Applicant"/>
/// comments; <see cref="Internal"/> remarks stay with the officials handling the dossier.
/// </summary>
public enum CommentAudience
{
    /// <summary>Ghi chú nội bộ: for the officials only.</summary>
    Internal = 0,

    /// <summary>Gửi người nộp hồ sơ: addressed to the applicant.</summary>
    Applicant = 1,
}
