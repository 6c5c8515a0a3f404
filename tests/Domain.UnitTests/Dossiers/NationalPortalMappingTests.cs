using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

/// <summary>What the national portal synchronisation sends: every status but a draft has a word of the portal's vocabulary, none is left out when a status is added.</summary>
public sealed class NationalPortalMappingTests
{
    private static readonly string[] Vocabulary =
    [
        NationalPortalStatus.New, NationalPortalStatus.Received, NationalPortalStatus.NotReceived, NationalPortalStatus.Processing,
        NationalPortalStatus.SupplementRequested, NationalPortalStatus.Stopped, NationalPortalStatus.Withdrawn, NationalPortalStatus.Resolved,
        NationalPortalStatus.ResultReturned, NationalPortalStatus.FinancialObligationRequested,
    ];

    [Test]
    public void EveryStatus_MapsIntoThePortalsVocabulary_ExceptADraft()
    {
        foreach (var status in Enum.GetValues<DossierStatus>())
        {
            var portal = NationalPortalStatus.Of(status);
            if (status == DossierStatus.Draft)
            {
                portal.ShouldBeNull();
            }
            else
            {
                Vocabulary.ShouldContain(portal, status.ToString());
            }
        }
    }

    /// <summary>Every word but the financial obligation comes from a status; that one comes from the payment state (see <see cref="NationalPortalWalkTests"/>).</summary>
    [Test]
    public void EveryWordOfThePortal_IsUsed() =>
        Vocabulary.Where(w => w != NationalPortalStatus.FinancialObligationRequested)
            .ShouldAllBe(word => Enum.GetValues<DossierStatus>().Any(s => NationalPortalStatus.Of(s) == word));

    [Test]
    public void FeesDueOnlineBeforeReception_AreAFinancialObligation_UntilPaid_ThenTheDossierIsNewAgain()
    {
        var dossier = Dossier.StartDraft(Guid.CreateVersion7(), Guid.CreateVersion7(), TimeLimit.WorkingDays(5), Form, [], 0.6m,
            DepartmentId, DepartmentId, Applicant, "001208012345", Channel.Online, Drafted,
            paymentTerms: new PaymentTerms([new Fee("Lệ phí", "Fee", 50_000, null)], PaymentDue.BeforeReception, true));
        dossier.Submit(Applicant, SubmittedAt, TrackingNumber, ValidForm);

        dossier.AwaitsPayment.ShouldBeTrue();
        NationalPortalStatus.Of(dossier).ShouldBe(NationalPortalStatus.FinancialObligationRequested);
        dossier.RecordPayment(Guid.CreateVersion7(), 50_000, ReceivedAt).ShouldBeTrue();
        NationalPortalStatus.Of(dossier).ShouldBe(NationalPortalStatus.New);
    }
}
