using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Domain.UnitTests.Integrations;

/// <summary>Which webhook events a client may receive: dossier data needs <c>dossiers:read</c> and one of the dossier's agencies.</summary>
public sealed class ApiClientWebhookTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Department = Guid.NewGuid();
    private static readonly Guid Commune = Guid.NewGuid();

    private static ApiClient Client(params string[] scopes) => ApiClient.Register("Phần mềm trường học", "tich.hop@example.vn", scopes, [Department], "hash", Now);

    [Test]
    public void EveryEvent_NeedsDossiersRead()
    {
        var manager = Client(IntegratorScopes.WebhooksManage);
        var reader = Client(IntegratorScopes.WebhooksManage, IntegratorScopes.DossiersRead);

        WebhookEvents.All.ShouldAllBe(e => !manager.MayReceive(e));
        WebhookEvents.All.ShouldAllBe(e => reader.MayReceive(e));
    }

    [Test]
    public void AnEvent_GoesOnlyToClientsOfTheDossiersAgencies_WhileEnabled()
    {
        var reader = Client(IntegratorScopes.WebhooksManage, IntegratorScopes.DossiersRead);

        reader.MayReceive(WebhookEvents.DossierReceived, [Commune, Department]).ShouldBeTrue();
        reader.MayReceive(WebhookEvents.DossierReceived, [Commune]).ShouldBeFalse();
        reader.Disable(Now);
        reader.MayReceive(WebhookEvents.DossierReceived, [Department]).ShouldBeFalse();
    }

    [Test]
    public void ScopesTakenAway_StopTheEvents_AndTheAgenciesStay()
    {
        var reader = Client(IntegratorScopes.WebhooksManage, IntegratorScopes.DossiersRead);

        reader.Change([IntegratorScopes.WebhooksManage], reader.AgencyIds);

        reader.AgencyIds.ShouldBe([Department]);
        reader.MayReceive(WebhookEvents.DossierReceived, [Department]).ShouldBeFalse();
    }
}
