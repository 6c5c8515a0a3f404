using HanoiDvc.Domain.Agencies;
using HanoiDvc.Domain.Complaints;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

/// <summary>
/// <c>complaints</c>: <c>agency_id</c>, <c>filed_at</c>, <c>due_at</c> and <c>answered_at</c> are the columns the service
/// index counts by agency and period (decision 0033); keep their names.
/// </summary>
internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("complaints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.TrackingCode).HasMaxLength(ComplaintTrackingCode.Length).IsRequired();
        builder.HasIndex(c => c.TrackingCode).IsUnique(); // the public lookup
        builder.Property(c => c.Subject).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ComplainantName).HasMaxLength(Complaint.NameMaxLength).IsRequired();
        builder.Property(c => c.ContactEmail).HasMaxLength(Complaint.EmailMaxLength);
        builder.Property(c => c.ContactPhone).HasMaxLength(20);
        builder.Property(c => c.Content).HasMaxLength(Complaint.ContentMaxLength).IsRequired();
        builder.Property(c => c.Answer).HasMaxLength(Complaint.AnswerMaxLength);
        builder.Property(c => c.AnsweredByName).HasMaxLength(200);
        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(c => c.DossierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Procedure>().WithMany().HasForeignKey(c => c.ProcedureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.AgencyId, c.FiledAt }); // counting per agency and period, the officials' list
        builder.HasIndex(c => new { c.AgencyId, c.DueAt }).HasDatabaseName("ix_complaints_open_due_at").HasFilter("status = 'Received'"); // open, overdue first
        builder.HasIndex(c => c.DossierId);
        builder.HasIndex(c => c.ComplainantId);
        builder.Ignore(c => c.AnsweredOnTime);
        builder.Property<uint>("Version").IsRowVersion(); // xmin: of two officials answering at once, one wins
        builder.Ignore(c => c.DomainEvents);
    }
}
