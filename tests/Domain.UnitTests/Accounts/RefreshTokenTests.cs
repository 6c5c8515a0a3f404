using HanoiDvc.Domain.Accounts;
using HanoiDvc.Domain.Common;

namespace HanoiDvc.Domain.UnitTests.Accounts;

public sealed class RefreshTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    [Test]
    public void Issue_StartsANewFamily_ActiveUntilItExpires()
    {
        var userId = Guid.CreateVersion7();

        var token = RefreshToken.Issue(userId, "hash-1", Now, Lifetime, "127.0.0.1");

        token.UserId.ShouldBe(userId);
        token.FamilyId.ShouldNotBe(Guid.Empty);
        token.ExpiresAt.ShouldBe(Now + Lifetime);
        token.IsActive(Now).ShouldBeTrue();
        token.IsActive(Now + Lifetime).ShouldBeFalse();
    }

    [Test]
    public void Rotate_RevokesTheUsedToken_AndLinksItToItsSuccessorInTheSameFamily()
    {
        var first = RefreshToken.Issue(Guid.CreateVersion7(), "hash-1", Now, Lifetime, null);
        var later = Now.AddHours(1);

        var second = first.Rotate("hash-2", later, Lifetime, "10.0.0.1");

        first.RevokedAt.ShouldBe(later);
        first.ReplacedById.ShouldBe(second.Id);
        first.IsActive(later).ShouldBeFalse();
        second.FamilyId.ShouldBe(first.FamilyId);
        second.UserId.ShouldBe(first.UserId);
        second.ExpiresAt.ShouldBe(later + Lifetime);
        second.IsActive(later).ShouldBeTrue();
    }

    [Test]
    public void Rotate_ARevokedToken_IsRefused()
    {
        var token = RefreshToken.Issue(Guid.CreateVersion7(), "hash-1", Now, Lifetime, null);
        token.Rotate("hash-2", Now, Lifetime, null);

        Should.Throw<DomainException>(() => token.Rotate("hash-3", Now, Lifetime, null)).Code.ShouldBe("refresh_token.inactive");
    }

    [Test]
    public void Rotate_AnExpiredToken_IsRefused()
    {
        var token = RefreshToken.Issue(Guid.CreateVersion7(), "hash-1", Now, Lifetime, null);

        Should.Throw<DomainException>(() => token.Rotate("hash-2", Now + Lifetime, Lifetime, null)).Code.ShouldBe("refresh_token.inactive");
    }

    [Test]
    public void Revoke_KeepsTheFirstRevocationTime()
    {
        var token = RefreshToken.Issue(Guid.CreateVersion7(), "hash-1", Now, Lifetime, null);

        token.Revoke(Now.AddMinutes(1));
        token.Revoke(Now.AddMinutes(2));

        token.RevokedAt.ShouldBe(Now.AddMinutes(1));
    }

    [Test]
    public void MayRepeatExchange_WithinTheGrace_FromTheClientThatMadeTheSuccessor()
    {
        var first = RefreshToken.Issue(Guid.CreateVersion7(), "hash-1", Now, Lifetime, "10.0.0.1");
        var second = first.Rotate("hash-2", Now, Lifetime, "10.0.0.1");
        var grace = TimeSpan.FromSeconds(30);

        first.MayRepeatExchange(second, Now.AddSeconds(30), grace, "10.0.0.1").ShouldBeTrue();
        first.MayRepeatExchange(second, Now.AddSeconds(31), grace, "10.0.0.1").ShouldBeFalse("after the window it is reuse");
        first.MayRepeatExchange(second, Now.AddSeconds(1), grace, "10.0.0.2").ShouldBeFalse("another client's copy is reuse");
        first.MayRepeatExchange(second, Now.AddSeconds(1), TimeSpan.Zero, "10.0.0.1").ShouldBeFalse("a zero window turns the grace off");
    }

    [Test]
    public void MayRepeatExchange_Not_WhenTheSuccessorIsGone_OrTheTokenWasRevokedWithoutAnExchange()
    {
        var first = RefreshToken.Issue(Guid.CreateVersion7(), "hash-1", Now, Lifetime, "10.0.0.1");
        var second = first.Rotate("hash-2", Now, Lifetime, "10.0.0.1");
        var third = second.Rotate("hash-3", Now.AddSeconds(2), Lifetime, "10.0.0.1");
        var signedOut = RefreshToken.Issue(Guid.CreateVersion7(), "hash-4", Now, Lifetime, null);
        signedOut.Revoke(Now);
        var grace = TimeSpan.FromSeconds(30);

        first.MayRepeatExchange(second, Now.AddSeconds(3), grace, "10.0.0.1").ShouldBeFalse("the successor was exchanged in turn");
        second.MayRepeatExchange(third, Now.AddSeconds(3), grace, "10.0.0.1").ShouldBeTrue();
        second.MayRepeatExchange(third, Now.AddSeconds(3), grace, null).ShouldBeFalse("an unknown address is no fingerprint");
        signedOut.MayRepeatExchange(third, Now.AddSeconds(1), grace, "10.0.0.1").ShouldBeFalse("not its successor");
    }
}
