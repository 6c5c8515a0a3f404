using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Infrastructure.Dossiers.Inbox;

/// <summary>
/// One stripe of one agency's count of dossiers in one inbox state (table <c>inbox_counts</c>), written only by the
/// triggers of <see cref="InboxCountsSql"/>. A dossier always counts in the same stripe (picked from its id), so
/// concurrent transitions of one agency's dossiers spread over <see cref="InboxCountsSql.Stripes"/> rows instead of
/// queueing on one, and each stripe is itself an exact count.
/// </summary>
internal sealed class InboxCountRow
{
    public Guid AgencyId { get; set; }

    public DossierStatus Status { get; set; }

    public short Stripe { get; set; }

    public int Dossiers { get; set; }
}

internal sealed class InboxCountRowConfiguration : IEntityTypeConfiguration<InboxCountRow>
{
    public void Configure(EntityTypeBuilder<InboxCountRow> builder)
    {
        builder.ToTable(InboxCountsSql.Table);
        builder.HasKey(c => new { c.AgencyId, c.Status, c.Stripe });
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
    }
}
