using HanoiDvc.Application.Auth.Common;
using HanoiDvc.Application.Calendar;
using HanoiDvc.Application.Common.Auditing;
using HanoiDvc.Application.Common.Behaviours;
using HanoiDvc.Application.Common.Files;
using HanoiDvc.Application.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.Application;

/// <summary>Registers the use cases: MediatR with its pipeline, validators and mappings.</summary>
public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        var assembly = typeof(DependencyInjection).Assembly;

        // MediatR 5 has no container integration of its own (see docs/decisions/0002-mediatr-5.md).
        services.AddScoped<ServiceFactory>(sp => sp.GetRequiredService);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped<Auth.Common.AccessTokenChecks>();
        services.Scan(scan => scan.FromAssemblies(assembly)
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false).AsImplementedInterfaces().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(INotificationHandler<>)), publicOnly: false).AsImplementedInterfaces().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(INotificationMapping<>)), publicOnly: false).AsImplementedInterfaces().WithScopedLifetime());

        // Order matters: outermost first.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuditScopeBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnhandledExceptionBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(PerformanceBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(Dossiers.Common.DossierTransitionIdempotency<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));

        services.AddValidatorsFromAssembly(assembly, includeInternalTypes: true);
        services.AddAutoMapper(cfg => cfg.LicenseKey = configuration["AutoMapper:LicenseKey"], assembly);

        services.AddOptions<PerformanceOptions>().Bind(configuration.GetSection(PerformanceOptions.Section));
        services.AddOptions<Integrations.IntegrationOptions>().Bind(configuration.GetSection(Integrations.IntegrationOptions.Section));
        services.AddOptions<UploadOptions>().Bind(configuration.GetSection(UploadOptions.Section));
        services.AddOptions<Payments.Common.PaymentSettings>().Bind(configuration.GetSection(Payments.Common.PaymentSettings.Section));
        services.AddOptions<Common.Models.PublicSiteOptions>().Bind(configuration.GetSection(Common.Models.PublicSiteOptions.Section));
        services.AddOptions<Dossiers.Common.ApplicantIdentityOptions>()
            .Bind(configuration.GetSection(Dossiers.Common.ApplicantIdentityOptions.Section))
            .Validate(o => System.Text.Encoding.UTF8.GetByteCount(o.IdentityKey ?? string.Empty) >= Domain.Dossiers.ApplicantIdentity.MinimumKeyBytes, "Applicants:IdentityKey must be at least 32 bytes.")
            .ValidateOnStart();
        services.AddOptions<Accounts.Common.PasswordResetOptions>()
            .Bind(configuration.GetSection(Accounts.Common.PasswordResetOptions.Section))
            .Validate(o => o.TokenLifetimeMinutes is > 0 and <= 1440, "PasswordReset:TokenLifetimeMinutes must be between 1 and 1440.")
            .ValidateOnStart();
        services.AddOptions<TokenLifetimeOptions>()
            .Bind(configuration.GetSection(TokenLifetimeOptions.Section))
            .Validate(o => o.AccessTokenMinutes is > 0 and <= 1440, "Jwt:AccessTokenMinutes must be between 1 and 1440.")
            .Validate(o => o.RefreshTokenDays is > 0 and <= 365, "Jwt:RefreshTokenDays must be between 1 and 365.")
            .Validate(o => o.RefreshReuseGraceSeconds is >= 0 and <= 300, "Jwt:RefreshReuseGraceSeconds must be between 0 and 300.")
            .ValidateOnStart();
        services.AddScoped<SessionTokenService>();
        services.AddScoped<IAgencyScope, AgencyScope>();
        services.AddScoped<AuditScope>();
        services.AddScoped<Dossiers.Common.DossierChange>();
        services.AddScoped<Dossiers.Common.DossierApplicants>();
        services.AddScoped<Dossiers.Common.DossierAnswers>();
        services.AddSingleton<Dossiers.Common.ProcedureVersionSummaries>();
        services.AddSingleton<Dossiers.Common.ProcedureNames>();
        services.AddScoped<Dossiers.Commands.DigitisePaper.DigitisedCopyRecording>();
        services.AddScoped<Dossiers.Common.DossierPreconditions>();
        services.AddScoped<Dossiers.Common.DossierParties>();
        services.AddScoped<Common.Interfaces.IFileReferences, Dossiers.Common.AttachmentFileReferences>();
        services.AddScoped<Common.Interfaces.IFileReferences, Files.StagedFileReferences>();
        services.AddScoped<Common.Interfaces.IFileReferences, Dossiers.Common.ResultFileReferences>();
        services.AddScoped<Common.Interfaces.IFileReferences, Dossiers.Common.DigitisedCopyFileReferences>();
        services.AddScoped<Common.Interfaces.IFileReferences, PersonalDocuments.Common.PersonalDocumentFileReferences>();
        services.AddScoped<Files.OrphanFileCollector>();
        services.AddScoped<Statistics.Common.StatisticsScope>();
        services.AddScoped<Statistics.Common.StatisticsFiguresReader>();
        services.AddScoped<Statistics.ServiceIndex.ServiceIndexInputsReader>();
        services.AddScoped<Complaints.Common.ComplaintResponse>();
        services.AddScoped<Complaints.Common.ComplaintCountsReader>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IWorkingCalendarProvider, WorkingCalendarProvider>();
        return services;
    }
}
