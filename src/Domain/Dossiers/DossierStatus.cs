namespace HanoiDvc.Domain.Dossiers;

/// <summary>Where a dossier stands in its lifecycle (Nghị định 61/2018/NĐ-CP, Điều 16–19; the table is <see cref="DossierLifecycle"/>).</summary>
public enum DossierStatus
{
    /// <summary>Being filled in by the applicant; not yet submitted.</summary>
    Draft = 0,

    /// <summary>Submitted, waiting for the desk to check it (mới đăng ký).</summary>
    Submitted = 1,

    /// <summary>Received by the desk: it has a code, a receipt and a due date (được tiếp nhận).</summary>
    Received = 2,

    /// <summary>Refused at reception, with reasons (không được tiếp nhận).</summary>
    NotReceived = 3,

    /// <summary>Waiting for the applicant to supplement it; the legal clock is paused (yêu cầu bổ sung giấy tờ).</summary>
    SupplementRequested = 4,

    /// <summary>Assigned to a specialist and being processed (đang xử lý).</summary>
    InProcessing = 5,

    /// <summary>A draft result waits for a leader's decision (đang xử lý).</summary>
    AwaitingApproval = 6,

    /// <summary>Approved: the result is ready (đã xử lý xong).</summary>
    Resolved = 7,

    /// <summary>Refused by a leader with reasons; counts as resolved (đã xử lý xong).</summary>
    Refused = 8,

    /// <summary>Processing stopped, with reasons (dừng xử lý).</summary>
    Stopped = 9,

    /// <summary>Withdrawn at the applicant's request (công dân yêu cầu rút hồ sơ).</summary>
    Withdrawn = 10,

    /// <summary>The result was handed to the applicant (đã trả kết quả).</summary>
    ResultReturned = 11,
}
