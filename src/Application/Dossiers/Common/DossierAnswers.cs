using System.Collections.Frozen;
using HanoiDvc.Application.Calendar;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>
/// Completes the dossier answered to the current user: the procedure's name, and the operations the user may take now. The
/// operations come from the aggregate's own guards (<see cref="Dossier.AllowedOperations"/>, the code each command runs
/// first) and from the role requirements of the command that carries each one (<see cref="RoleRequirements"/>, the check the
/// pipeline runs), so the page never offers what the server would refuse.
/// </summary>
internal sealed class DossierAnswers(
    IAppDbContext db, ICurrentUser user, TimeProvider clock, IWorkingCalendarProvider calendars, IResultTemplates templates, IOptions<UncollectedResultOptions> uncollected,
    ProcedureVersionSummaries versions)
{
    /// <summary>The command each operation is sent as (its <see cref="RequiresRoleAttribute"/> is checked like the pipeline does).</summary>
    private static readonly System.Collections.Frozen.FrozenDictionary<DossierOperation, Type> Commands = new Dictionary<DossierOperation, Type>
    {
        [DossierOperation.Receive] = typeof(Commands.ReceiveDossier.ReceiveDossier),
        [DossierOperation.RejectAtReception] = typeof(Commands.RejectAtReception.RejectAtReception),
        [DossierOperation.RequestSupplement] = typeof(Commands.RequestSupplement.RequestSupplement),
        [DossierOperation.Assign] = typeof(Commands.AssignDossier.AssignDossier),
        [DossierOperation.Reassign] = typeof(Commands.ReassignDossier.ReassignDossier),
        [DossierOperation.Forward] = typeof(Commands.ForwardDossier.ForwardDossier),
        [DossierOperation.SubmitForApproval] = typeof(Commands.SubmitForApproval.SubmitForApproval),
        [DossierOperation.Approve] = typeof(Commands.ApproveDossier.ApproveDossier),
        [DossierOperation.ReturnToSpecialist] = typeof(Commands.ReturnToSpecialist.ReturnToSpecialist),
        [DossierOperation.Refuse] = typeof(Commands.RefuseDossier.RefuseDossier),
        [DossierOperation.StopProcessing] = typeof(Commands.StopProcessing.StopProcessing),
        [DossierOperation.IssueApology] = typeof(Commands.IssueApology.IssueApology),
        [DossierOperation.UploadResult] = typeof(Commands.IssueResult.IssueResult),
        [DossierOperation.GenerateResult] = typeof(Commands.GenerateResult.GenerateResult),
        [DossierOperation.ReturnResult] = typeof(Commands.ReturnResult.ReturnResult),
        [DossierOperation.ReturnResultOnline] = typeof(Commands.ReturnResult.ReturnResult),
        [DossierOperation.RecordUncollectedResult] = typeof(Commands.RecordUncollectedResult.RecordUncollectedResult),
        [DossierOperation.Withdraw] = typeof(Commands.WithdrawDossier.WithdrawDossier),
        [DossierOperation.ProvideSupplement] = typeof(Commands.ProvideSupplement.ProvideSupplement),
        [DossierOperation.Pay] = typeof(Payments.Commands.StartPayment.StartPayment),
        [DossierOperation.Rate] = typeof(Commands.RateDossier.RateDossier),
        [DossierOperation.DigitisePaper] = typeof(Commands.DigitisePaper.DigitisePaper),
        [DossierOperation.DigitiseResult] = typeof(Commands.DigitiseResult.DigitiseResult),
    }.ToFrozenDictionary();

    public async Task<DossierDto> CompleteAsync(Dossier dossier, DossierDto answer, CancellationToken cancellationToken)
    {
        var version = await versions.GetAsync(db.ProcedureVersions, dossier.ProcedureVersionId, cancellationToken);
        var facts = new DossierFacts(
            clock.GetUtcNow(), await calendars.GetAsync(cancellationToken), version.ServiceLevel, version.OnlineResult,
            templates.Find(version.TemplateKey) is not null, uncollected.Value.WaitingPeriod);
        return await AttachmentSources.FillAsync(db, answer, cancellationToken) with
        {
            ProcedureName = version.Name,
            ProcedureNameEn = version.NameEn,
            AllowedActions = AllowedFor(dossier, facts),
        };
    }

    private IReadOnlyList<DossierOperation> AllowedFor(Dossier dossier, DossierFacts facts)
    {
        if (user.UserId is null)
        {
            return [];
        }

        var actor = DossierActors.From(user);
        return [.. dossier.AllowedOperations(actor, facts).Where(operation => RoleRequirements.Satisfied(Commands[operation], user))];
    }
}
