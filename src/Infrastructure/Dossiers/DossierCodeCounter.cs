namespace HanoiDvc.Infrastructure.Dossiers;

/// <summary>One row per agency and day: the last reception number given (table <c>dossier_code_counters</c>).</summary>
internal sealed class DossierCodeCounter
{
    public Guid AgencyId { get; set; }

    public DateOnly Day { get; set; }

    public int Last { get; set; }
}
