namespace HanoiDvc.Domain.Complaints;

/// <summary>What a complaint about a dossier takes from it.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="ApplicantId">Its applicant, the only one who may complain about it.</param>
/// <param name="ProcedureId">Its procedure.</param>
/// <param name="HandlingAgencyId">The agency holding it now, which answers.</param>
public sealed record ComplainedDossier(Guid DossierId, Guid ApplicantId, Guid ProcedureId, Guid HandlingAgencyId);
