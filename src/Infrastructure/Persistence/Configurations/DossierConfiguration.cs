using HanoiDvc.Domain.Agencies;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Code).HasConversion(c => c!.Value, s => DossierCode.Parse(s)).HasMaxLength(30);
        builder.HasIndex(d => d.Code).IsUnique(); // the last line of defence behind the daily counter
        builder.Property(d => d.TrackingNumber).HasMaxLength(10);
        builder.HasIndex(d => d.TrackingNumber).IsUnique();
        builder.Property(d => d.ApplicantName).HasMaxLength(200).IsRequired();
        builder.Property(d => d.ApplicantCitizenId).HasMaxLength(12).IsRequired();
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.StatusBeforeSupplement).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.SubmissionChannel).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.ReturnChannel).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.TimeLimit).HasImmutableJsonConversion();
        builder.Property(d => d.PaymentTerms).HasImmutableJsonConversion(); // set when the dossier is created, never changed
        builder.Property(d => d.PaymentStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.RefundReason).HasMaxLength(2000);
        builder.Property(d => d.Satisfaction).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.SatisfactionComment).HasMaxLength(Dossier.SatisfactionCommentMaxLength);
        builder.Property(d => d.Source).HasMaxLength(Dossier.SourceMaxLength);
        builder.Property(d => d.Apology!).HasImmutableJsonConversion(); // form 04: signer, both appointments (small, read with the dossier)
        builder.Property(d => d.Extension!).HasImmutableJsonConversion(); // the extension of the time limit applied at reception

        builder.Ignore(d => d.FormFields);
        builder.Ignore(d => d.RequiredDocuments);
        builder.Ignore(d => d.FormData);
        builder.Ignore(d => d.Pauses);
        builder.Ignore(d => d.ReceivedPapers);
        builder.Ignore(d => d.SupplementItems);
        builder.Property<List<FormField>>("_formFields").HasColumnName("form_fields").HasImmutableJsonConversion();
        builder.Property<List<RequiredDocument>>("_requiredDocuments").HasColumnName("required_documents").HasImmutableJsonConversion();
        builder.Property<Dictionary<string, string?>>("_formData").HasColumnName("form_data").HasJsonDictionaryConversion();
        builder.Ignore(d => d.ResultData);
        builder.Property<Dictionary<string, string>>("_resultData").HasColumnName("result_data").HasJsonDictionaryConversion(); // what the result template prints, recorded by the officials
        builder.Property<List<ClockPause>>("_pauses").HasColumnName("pauses").HasJsonListConversion();
        builder.Property<List<ReceivedPaper>>("_receivedPapers").HasColumnName("received_papers").HasImmutableJsonConversion(); // replaced, never changed in place
        builder.Property<List<SupplementItem>>("_supplementItems").HasColumnName("supplement_items").HasImmutableJsonConversion();

        builder.HasMany(d => d.Steps).WithOne().HasForeignKey("DossierId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(d => d.Attachments).WithOne().HasForeignKey("DossierId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(d => d.AttachmentBytes);
        builder.HasMany(d => d.DigitisedCopies).WithOne().HasForeignKey("DossierId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.DigitisedCopies).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(d => d.PapersToDigitise);
        builder.Ignore(d => d.PapersLeftToDigitise);

        builder.HasOne<ProcedureVersion>().WithMany().HasForeignKey(d => d.ProcedureVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(d => d.ReceivingAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(d => d.DecidingAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(d => d.CurrentAgencyId).OnDelete(DeleteBehavior.Restrict);

        // The inbox: an agency's open dossiers by state, sorted by due date; "my dossiers": an applicant's, newest first.
        builder.HasIndex(d => new { d.CurrentAgencyId, d.Status, d.DueAt });
        builder.HasIndex(d => new { d.CurrentAgencyId, d.DueAt, d.SubmittedAt })
            .HasFilter(DossierIndexFilters.Inbox);
        builder.HasIndex(d => new { d.ReceivingAgencyId, d.Status });
        // The morning overdue check: open dossiers not yet marked, by due instant.
        builder.HasIndex(d => d.DueAt).HasDatabaseName("ix_dossiers_overdue_candidates")
            .HasFilter(DossierIndexFilters.OverdueCandidates);
        // The rest of the check (late ones to clear, current steps, apology letters due) reads the open dossiers only.
        builder.HasIndex(d => new { d.CurrentAgencyId, d.DueAt }).HasDatabaseName("ix_dossiers_open")
            .HasFilter(DossierIndexFilters.Running);
        builder.HasIndex(d => new { d.AssigneeId, d.Status, d.DueAt }).HasFilter(DossierIndexFilters.Assigned);
        // Statistics: the open dossiers by due instant — the overdue ones now (one range, from the index alone; the open stock
        // itself is kept counted, decision 0038) and those falling due within a rebuilt range (decision 0037).
        // The foreign key keeps its own full index: the partial one below does not serve it.
        builder.HasIndex(d => d.DecidingAgencyId);
        builder.HasIndex(d => d.DueAt, "ix_dossiers_open_statistics").HasDatabaseName("ix_dossiers_open_statistics")
            .IncludeProperties(d => new { d.DecidingAgencyId, d.ProcedureId, d.ProcedureVersionId, d.Status })
            .HasFilter(DossierIndexFilters.OpenStatistics());
        builder.HasIndex(d => new { d.ApplicantId, d.CreatedAt });
        builder.Property<uint>("Version").IsRowVersion(); // PostgreSQL xmin: two officials acting at once → one 409
        builder.Ignore(d => d.DomainEvents);
    }
}
