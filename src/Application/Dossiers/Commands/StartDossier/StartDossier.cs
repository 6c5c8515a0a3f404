using AutoMapper;

namespace HanoiDvc.Application.Dossiers.Commands.StartDossier;

/// <summary>
/// Starts a draft for a published procedure under its current version, to be received by <paramref name="ReceivingAgencyId"/>
/// (any agency whose desk receives; by default the deciding agency).
/// </summary>
/// <param name="ProcedureId">The procedure of the public catalogue.</param>
/// <param name="DecidingAgencyId">The agency that decides (of the procedure's deciding level).</param>
/// <param name="ReceivingAgencyId">Where the dossier is received; null for the deciding agency.</param>
/// <param name="FormData">The form values so far.</param>
[RequiresRole(Roles.Citizen, Roles.Organisation)]
public sealed record StartDossier(Guid ProcedureId, Guid DecidingAgencyId, Guid? ReceivingAgencyId, IReadOnlyDictionary<string, string?> FormData)
    : IRequest<DossierDto>;

internal sealed class StartDossierHandler(IAppDbContext db, ICurrentUser user, IIdentityService identities, TimeProvider clock, IMapper mapper)
    : IRequestHandler<StartDossier, DossierDto>
{
    public async Task<DossierDto> Handle(StartDossier request, CancellationToken cancellationToken)
    {
        var receivingId = request.ReceivingAgencyId ?? request.DecidingAgencyId;
        var version = await ProcedureChoice.ResolveAsync(db, request.ProcedureId, request.DecidingAgencyId, receivingId, cancellationToken);

        var applicant = DossierActors.From(user);
        var profile = await identities.GetProfileAsync(applicant.UserId, cancellationToken) ?? throw new NotSignedInException();
        var citizenId = profile.CitizenId ?? request.FormData.GetValueOrDefault("citizenId") ?? string.Empty;
        var content = version.Content;
        var specialistShare = Domain.Procedures.WorkflowStep.SpecialistShareOf(content.Steps);
        var dossier = Dossier.StartDraft(version.ProcedureId, version.Id, content.TimeLimit, content.Form, content.Documents, specialistShare,
            request.DecidingAgencyId, receivingId, applicant with { Name = profile.FullName }, citizenId, Channel.Online, clock.GetUtcNow(),
            paymentTerms: PaymentTerms.Of(content), serviceLevel: content.ServiceLevel);
        dossier.SaveDraft(applicant, clock.GetUtcNow(), request.FormData);
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<DossierDto>(dossier).For(user);
    }
}
