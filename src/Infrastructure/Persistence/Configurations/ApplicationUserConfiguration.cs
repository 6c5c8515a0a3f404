using HanoiDvc.Domain.Agencies;
using HanoiDvc.Infrastructure.Identity;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

/// <summary>
/// The application's columns on Identity's user table. Every uniqueness rule has a unique index behind it, so a
/// race between two registrations ends in a unique violation (mapped to 409), never in two accounts.
/// </summary>
internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public const string EmailIndex = "EmailIndex";
    public const string UserNameIndex = "UserNameIndex";
    public const string CitizenIdIndex = "ix_asp_net_users_citizen_id";
    public const string OrganisationCodeIndex = "ix_asp_net_users_organisation_code";

    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(150).IsRequired();
        builder.Property(u => u.ApplicantType).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.CitizenId).HasMaxLength(12);
        builder.Property(u => u.OrganisationCode).HasMaxLength(14);
        builder.Property(u => u.OrganisationName).HasMaxLength(300);
        // Defaults for the rows that existed before these columns did.
        builder.Property(u => u.IdentityProvider).HasMaxLength(50).IsRequired().HasDefaultValue(ApplicationUser.LocalProvider);
        builder.Property(u => u.CreatedAt).HasDefaultValueSql("now()");

        // Identity's e-mail index is not unique by default; here it is (NULLs stay allowed for accounts without e-mail).
        builder.HasIndex(u => u.NormalizedEmail).HasDatabaseName(EmailIndex).IsUnique();
        builder.HasIndex(u => u.CitizenId).HasDatabaseName(CitizenIdIndex).IsUnique();
        builder.HasIndex(u => u.OrganisationCode).HasDatabaseName(OrganisationCodeIndex).IsUnique();
        builder.HasOne<Agency>().WithMany().HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_asp_net_users_citizen_id", "citizen_id ~ '^[0-9]{12}$'");
            t.HasCheckConstraint("ck_asp_net_users_organisation_code", "organisation_code ~ '^[0-9]{10}(-[0-9]{3})?$'");
        });
    }
}
