using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Procedures;
using static HanoiDvc.Domain.UnitTests.Procedures.ProcedureBuilder;

namespace HanoiDvc.Domain.UnitTests.Procedures;

public sealed class ProcedureVersioningTests
{
    [Test]
    public void Create_StartsWithADraft_NotListed()
    {
        var procedure = Procedure.Create("1.010020", Content(), Now);

        procedure.Draft!.Number.ShouldBe(1);
        procedure.Published.ShouldBeNull();
        procedure.IsListed.ShouldBeFalse();
    }

    [Test]
    public void Publish_ListsTheDraft_AndEditingAfterwardsStartsVersionTwo_LeavingVersionOneUntouched()
    {
        var procedure = Procedure.Create("1.010020", Content(), Now);
        var first = procedure.Publish(Now);

        var second = procedure.Edit(Content(name: "Cấp bản sao văn bằng (sửa đổi)"), Now.AddDays(1));

        second.Number.ShouldBe(2);
        second.Status.ShouldBe(ProcedureVersionStatus.Draft);
        first.Status.ShouldBe(ProcedureVersionStatus.Published);
        first.Content.Name.ShouldBe("Cấp bản sao văn bằng, chứng chỉ từ sổ gốc");
        procedure.IsListed.ShouldBeTrue();
    }

    [Test]
    public void PublishingVersionTwo_SupersedesVersionOne()
    {
        var procedure = Procedure.Create(null, Content(), Now);
        var first = procedure.Publish(Now);
        procedure.Edit(Content(name: "Tên mới"), Now);

        var second = procedure.Publish(Now.AddDays(2));

        first.Status.ShouldBe(ProcedureVersionStatus.Superseded);
        second.Status.ShouldBe(ProcedureVersionStatus.Published);
        procedure.Published.ShouldBe(second);
        second.PublishedAt.ShouldBe(Now.AddDays(2));
    }

    [Test]
    public void EditingADraftTwice_KeepsOneDraft()
    {
        var procedure = Procedure.Create(null, Content(), Now);

        procedure.Edit(Content(name: "Một"), Now);
        procedure.Edit(Content(name: "Hai"), Now);

        procedure.Versions.Count.ShouldBe(1);
        procedure.Draft!.Name.ShouldBe("Hai");
        procedure.Draft.SearchText.ShouldBe("hai issuing a copy of a diploma from the master register");
    }

    [Test]
    public void Publish_WithoutADraft_IsRefused()
    {
        var procedure = Procedure.Create(null, Content(), Now);
        procedure.Publish(Now);

        Should.Throw<DomainException>(() => procedure.Publish(Now)).Code.ShouldBe("procedure.nothing_to_publish");
    }

    [Test]
    public void Unlist_ThenList_TogglesThePublicCatalogue_WhileThePublishedVersionStays()
    {
        var procedure = Procedure.Create(null, Content(), Now);
        var published = procedure.Publish(Now);

        procedure.Unlist();
        procedure.IsListed.ShouldBeFalse();
        procedure.Published.ShouldBe(published);
        Should.Throw<DomainException>(procedure.Unlist).Code.ShouldBe("procedure.not_listed");

        procedure.List();
        procedure.IsListed.ShouldBeTrue();
    }

    [Test]
    public void List_BeforeAnythingIsPublished_IsRefused() =>
        Should.Throw<DomainException>(Procedure.Create(null, Content(), Now).List).Code.ShouldBe("procedure.nothing_published");

    [Test]
    public void SearchText_FoldsCodeAndBothNames()
    {
        var version = Procedure.Create("1.010020", Content(), Now).Draft!;

        version.SearchText.ShouldStartWith("1.010020 cap ban sao van bang chung chi tu so goc issuing");
    }
}
