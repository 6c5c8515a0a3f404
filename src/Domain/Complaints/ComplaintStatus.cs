namespace HanoiDvc.Domain.Complaints;

/// <summary>Where a complaint (phản ánh, kiến nghị) stands.</summary>
public enum ComplaintStatus
{
    /// <summary>Đã tiếp nhận: filed, waiting for the responsible agency's answer.</summary>
    Received = 1,

    /// <summary>Đã trả lời: the agency answered in writing.</summary>
    Answered = 2,

    /// <summary>Không thuộc phạm vi: closed with reasons, e.g. a khiếu nại or tố cáo, or outside the agency's competence.</summary>
    ClosedOutOfScope = 3,
}
