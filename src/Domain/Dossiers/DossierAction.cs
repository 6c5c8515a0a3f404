namespace HanoiDvc.Domain.Dossiers;

/// <summary>What can be done to a dossier; each is a method of <see cref="Dossier"/> and a line of the processing control sheet.</summary>
public enum DossierAction
{
    /// <summary>Change the form data of a draft (no step is recorded).</summary>
    SaveDraft = 0,

    /// <summary>The applicant submits the draft.</summary>
    Submit = 1,

    /// <summary>The applicant withdraws the dossier.</summary>
    Withdraw = 2,

    /// <summary>The desk receives it: code, receipt, due date.</summary>
    Receive = 3,

    /// <summary>The desk refuses to receive it (form 03).</summary>
    RejectAtReception = 4,

    /// <summary>Ask the applicant for everything missing (form 02); pauses the clock.</summary>
    RequestSupplement = 5,

    /// <summary>The applicant supplies what was missing; the clock resumes.</summary>
    ProvideSupplement = 6,

    /// <summary>Hand over to a specialist with a step deadline.</summary>
    Assign = 7,

    /// <summary>Send to another agency for an inter-agency step.</summary>
    Forward = 8,

    /// <summary>The specialist submits a draft result to a leader.</summary>
    SubmitForApproval = 9,

    /// <summary>A leader approves the result.</summary>
    Approve = 10,

    /// <summary>A leader sends the draft back to the specialist.</summary>
    ReturnToSpecialist = 11,

    /// <summary>A leader refuses the request, with reasons.</summary>
    Refuse = 12,

    /// <summary>A leader stops the processing, with reasons.</summary>
    StopProcessing = 13,

    /// <summary>The agency apologises and sets a new appointment (form 04).</summary>
    IssueApology = 14,

    /// <summary>The desk hands over the result.</summary>
    ReturnResult = 15,

    /// <summary>A leader hands the dossier being processed to another specialist.</summary>
    Reassign = 16,

    /// <summary>The desk records that the applicant has not collected a result waiting at the desk (the dossier stays resolved or refused).</summary>
    RecordUncollectedResult = 20,
}
