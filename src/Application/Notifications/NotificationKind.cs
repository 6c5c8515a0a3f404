namespace HanoiDvc.Application.Notifications;

/// <summary>What a notification is about; the SPA picks an icon and a filter by it.</summary>
public enum NotificationKind
{
    /// <summary>Applicant: the dossier was submitted.</summary>
    Submitted,

    /// <summary>Applicant: the desk received it (code and appointment).</summary>
    Received,

    /// <summary>Applicant: documents are missing.</summary>
    SupplementRequested,

    /// <summary>Applicant: the desk refused to receive it.</summary>
    Rejected,

    /// <summary>Applicant: the request was decided (approved or refused).</summary>
    Resolved,

    /// <summary>Applicant: the result was handed over.</summary>
    ResultReturned,

    /// <summary>Applicant: a "Phiếu xin lỗi và hẹn lại ngày trả kết quả" (form 04) with a new appointment.</summary>
    Apology,

    /// <summary>Applicant: processing was stopped.</summary>
    Stopped,

    /// <summary>Official: a dossier was assigned to me.</summary>
    Assigned,

    /// <summary>Official: a dossier was forwarded to my agency.</summary>
    Forwarded,

    /// <summary>Official (leader): a draft result awaits my approval.</summary>
    AwaitingApproval,

    /// <summary>Official: a draft came back from the leader.</summary>
    ReturnedToSpecialist,

    /// <summary>Official: a step I own is getting close to its deadline.</summary>
    Reminder,

    /// <summary>Official: a dossier or step I own is past its deadline.</summary>
    Overdue,

    /// <summary>Leader: late dossiers without a "Phiếu xin lỗi và hẹn lại ngày trả kết quả".</summary>
    ApologyDue,

    /// <summary>Applicant: the fees were paid online.</summary>
    PaymentConfirmed,

    /// <summary>Applicant: a refund of fees paid online was recorded.</summary>
    RefundRecorded,

    /// <summary>Applicant: the result waits at the desk and the appointment has passed.</summary>
    CollectionReminder,

    /// <summary>Applicant: the desk recorded that the result was not collected (it can still be).</summary>
    ResultUncollected,
}
