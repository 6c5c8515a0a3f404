namespace HanoiDvc.Application.Overview.Queries.GetOverview;

/// <summary>Headline figures of the portal.</summary>
/// <param name="AgencyCount">Agencies that receive or decide dossiers.</param>
/// <param name="ProcedureCount">Published procedures in the catalogue.</param>
public sealed record OverviewDto(int AgencyCount, int ProcedureCount);
