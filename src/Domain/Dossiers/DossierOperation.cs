namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// What a user may ask of a dossier through the API: the workflow's transitions plus what is not a step of the control
/// sheet (issuing the electronic result, paying, rating). <see cref="Dossier.AllowedOperations"/> lists the ones the
/// dossier's own guards accept now; each command runs the same guard, so a listed operation is one the server accepts.
/// </summary>
public enum DossierOperation
{
    Receive = 0,
    RejectAtReception = 1,
    RequestSupplement = 2,
    Assign = 3,
    Reassign = 4,
    Forward = 5,
    SubmitForApproval = 6,
    Approve = 7,
    ReturnToSpecialist = 8,
    Refuse = 9,
    StopProcessing = 10,
    IssueApology = 11,

    /// <summary>A leader uploads the electronic result (a PDF signed elsewhere).</summary>
    UploadResult = 12,

    /// <summary>A leader has the result generated from the procedure's result template (only procedures that have one).</summary>
    GenerateResult = 13,

    /// <summary>The desk hands over the result in person or by post.</summary>
    ReturnResult = 14,

    /// <summary>The desk releases the result online (procedures that deliver results online, once the electronic result exists).</summary>
    ReturnResultOnline = 15,

    RecordUncollectedResult = 16,

    /// <summary>The applicant withdraws the dossier.</summary>
    Withdraw = 17,

    /// <summary>The applicant supplies what was asked.</summary>
    ProvideSupplement = 18,

    /// <summary>The applicant pays the fees online.</summary>
    Pay = 19,

    /// <summary>The applicant rates the handling.</summary>
    Rate = 20,

    /// <summary>The desk records the digitised copy of a paper received with the dossier.</summary>
    DigitisePaper = 21,

    /// <summary>The desk records the digitised copy of the result issued on paper.</summary>
    DigitiseResult = 22,
}
