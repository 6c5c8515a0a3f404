using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Domain.UnitTests.Integrations;

public sealed class WebhookSubscriptionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    private static WebhookSubscription Subscription() =>
        WebhookSubscription.Create(Guid.NewGuid(), new Uri("https://truonghoc.example.vn/hooks"), [WebhookEvents.DossierReceived], "old-secret", Now);

    [Test]
    public void ARotationWithOverlap_SignsWithBothSecrets_UntilTheOverlapEnds()
    {
        var subscription = Subscription();

        subscription.RotateSecret("new-secret", TimeSpan.FromHours(24), Now);

        subscription.SigningSecret.ShouldBe("new-secret");
        subscription.PreviousSecretExpiresAt.ShouldBe(Now.AddHours(24));
        subscription.SigningSecretsAt(Now.AddHours(23)).ShouldBe(["new-secret", "old-secret"]);
        subscription.SigningSecretsAt(Now.AddHours(24)).ShouldBe(["new-secret"]);
    }

    [Test]
    public void ARotationWithoutOverlap_DropsTheOldSecretAtOnce()
    {
        var subscription = Subscription();
        subscription.RotateSecret("second", TimeSpan.FromHours(24), Now);

        subscription.RotateSecret("third", TimeSpan.Zero, Now.AddMinutes(5));

        subscription.PreviousSigningSecret.ShouldBeNull();
        subscription.PreviousSecretExpiresAt.ShouldBeNull();
        subscription.SigningSecretsAt(Now.AddMinutes(6)).ShouldBe(["third"]);
    }

    [Test]
    public void TwoRotationsInARow_KeepOnlyTheLastReplacedSecret()
    {
        var subscription = Subscription();
        subscription.RotateSecret("second", TimeSpan.FromHours(24), Now);

        subscription.RotateSecret("third", TimeSpan.FromHours(24), Now.AddHours(1));

        subscription.SigningSecretsAt(Now.AddHours(2)).ShouldBe(["third", "second"]);
    }
}
