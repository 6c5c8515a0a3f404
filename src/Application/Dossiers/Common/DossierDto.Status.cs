namespace HanoiDvc.Application.Dossiers.Common;

public sealed partial record DossierDto
{
    /// <summary>The group of <see cref="Status"/> (<see cref="DossierStatusSets.GroupOf"/>): what the client shows and offers.</summary>
    public StatusGroup StatusGroup => DossierStatusSets.GroupOf(Status);
}
