using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Infrastructure.Persistence.Configurations;

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> builder)
    {
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(y => y.Sources).HasJsonConversion();
        builder.Property(y => y.DaysOff).HasJsonConversion();
        builder.Property(y => y.MakeUpWorkingDays).HasJsonConversion();
        builder.Property<uint>("Version").IsRowVersion(); // PostgreSQL xmin
    }
}
