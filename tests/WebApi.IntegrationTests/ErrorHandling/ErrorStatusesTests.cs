using HanoiDvc.Domain.Common;
using HanoiDvc.WebApi.ErrorHandling;

namespace HanoiDvc.WebApi.IntegrationTests.ErrorHandling;

/// <summary>Every kind of error the project raises is answered with its one status, whatever its code says.</summary>
public sealed class ErrorStatusesTests
{
    private static readonly Dictionary<ErrorKind, int> Table = new()
    {
        [ErrorKind.Validation] = 400,
        [ErrorKind.Unauthenticated] = 401,
        [ErrorKind.Forbidden] = 403,
        [ErrorKind.NotFound] = 404,
        [ErrorKind.Conflict] = 409,
        [ErrorKind.PreconditionFailed] = 412,
        [ErrorKind.Unprocessable] = 422,
        [ErrorKind.Unavailable] = 503,
    };

    private static IEnumerable<TestCaseData> Kinds() => Enum.GetValues<ErrorKind>().Select(kind => new TestCaseData(kind).SetName($"{kind} has its status"));

    [TestCaseSource(nameof(Kinds))]
    public void EveryKind_MapsToItsStatus(ErrorKind kind)
    {
        Table.ShouldContainKey(kind, "A new kind of error needs its status in this table and in ErrorStatuses.");
        ErrorStatuses.Of(kind).ShouldBe(Table[kind]);
    }

    [Test]
    public void ADomainRule_IsAConflict_UnlessItSaysOtherwise_WhateverItsCode()
    {
        // The code no longer chooses the status: a "…not_allowed" code is a 409 unless the rule is marked Forbidden.
        new DomainException("dossier.extension_not_allowed", "no extension").Kind.ShouldBe(ErrorKind.Conflict);
        new DomainException("something.not_allowed", "a rule about the state").Kind.ShouldBe(ErrorKind.Conflict);
        new DomainException("dossier.not_allowed", "a rule about who acts", ErrorKind.Forbidden).Kind.ShouldBe(ErrorKind.Forbidden);
    }
}
