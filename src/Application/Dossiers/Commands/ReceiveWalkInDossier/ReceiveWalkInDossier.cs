using AutoMapper;
using HanoiDvc.Application.Calendar;

namespace HanoiDvc.Application.Dossiers.Commands.ReceiveWalkInDossier;

/// <summary>The person who brought (or posted) a paper dossier.</summary>
/// <param name="FullName">As on their ID card.</param>
/// <param name="CitizenId">Their 12-digit citizen ID: with the code, it lets them track the dossier without an account.</param>
/// <param name="Phone">Where the desk calls them.</param>
/// <param name="Email">Optional.</param>
public sealed record WalkInApplicant(string FullName, string CitizenId, string Phone, string? Email);

/// <summary>
/// The desk enters a paper dossier brought to the counter (or received by post) and receives it at once: it is started,
/// submitted and received in one transaction, with its code and due date, and counted apart from online dossiers by its
/// channel. The form is checked as online; the documents are checked on paper. When the applicant has an account (by
/// citizen ID), the dossier appears in their list.
/// </summary>
[RequiresRole(Roles.Receptionist)]
public sealed record ReceiveWalkInDossier(
    Guid ProcedureId, Guid DecidingAgencyId, Channel Channel, WalkInApplicant Applicant, IReadOnlyDictionary<string, string?> FormData, string? Note, CommentAudience? CommentAudience = null,
    IReadOnlyList<ReceivedPaper>? ReceivedPapers = null)
    : IRequest<DossierDto>, ITransactionalCommand;

internal sealed class ReceiveWalkInDossierHandler(
    IAppDbContext db, ICurrentUser user, DossierApplicants applicants, IDossierCodeSequence sequence, IWorkingCalendarProvider calendars, TimeProvider clock, IMapper mapper)
    : IRequestHandler<ReceiveWalkInDossier, DossierDto>
{
    public async Task<DossierDto> Handle(ReceiveWalkInDossier request, CancellationToken cancellationToken)
    {
        var desk = DossierActors.From(user);
        var receivingId = user.AgencyId ?? throw new NotSignedInException();
        var version = await ProcedureChoice.ResolveAsync(db, request.ProcedureId, request.DecidingAgencyId, receivingId, cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var person = request.Applicant;
        var applicantId = await applicants.ForCitizenIdAsync(person.CitizenId, cancellationToken);
        var content = version.Content;

        var now = clock.GetUtcNow();
        var dossier = Dossier.StartDraft(version.ProcedureId, version.Id, content.TimeLimit, content.Form, content.Documents,
            Domain.Procedures.WorkflowStep.SpecialistShareOf(content.Steps), request.DecidingAgencyId, receivingId,
            Actor.Applicant(applicantId, person.FullName.Trim()), person.CitizenId, request.Channel, now, paymentTerms: PaymentTerms.Of(content));
        dossier.Submit(desk, now, TrackingNumbers.New(), WithContact(request.FormData, content.Form, person));

        // As a reception of an online dossier: the number comes from the agency's daily counter in this transaction.
        dossier.Receive(desk, now, calendar, await DossierCodes.NextAsync(db, sequence, dossier, now, calendar, cancellationToken), request.Note, request.CommentAudience, receivedPapers: request.ReceivedPapers);
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<DossierDto>(dossier);
    }

    /// <summary>The phone and e-mail the desk took from the applicant fill the form's fields of those names when left empty, so the papers print them.</summary>
    private static Dictionary<string, string?> WithContact(IReadOnlyDictionary<string, string?> formData, IReadOnlyList<Domain.Procedures.FormField> fields, WalkInApplicant person)
    {
        var values = new Dictionary<string, string?>(formData, StringComparer.Ordinal);
        foreach (var (key, value) in new[] { ("phone", person.Phone), ("email", person.Email) })
        {
            if (!string.IsNullOrWhiteSpace(value) && fields.Any(f => f.Key == key) && string.IsNullOrWhiteSpace(values.GetValueOrDefault(key)))
            {
                values[key] = value.Trim();
            }
        }

        return values;
    }
}
