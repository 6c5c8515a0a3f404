using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Application.Procedures.Commands.CreateProcedure;
using HanoiDvc.Application.Procedures.Commands.EditProcedure;
using HanoiDvc.Application.Procedures.Commands.PublishProcedure;
using HanoiDvc.Application.Procedures.Common;
using HanoiDvc.Application.Procedures.Queries.GetProcedure;
using HanoiDvc.Domain.Procedures;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using static HanoiDvc.Application.IntegrationTests.Procedures.ProcedureInputs;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Procedures;

public sealed class ProcedureVersioningTests : BaseTestFixture
{
    [SetUp]
    public void SignInAsSystemAdmin() => RunAsSystemAdmin();

    [Test]
    public async Task ADraft_IsNotPublic_UntilPublished()
    {
        var created = await SendAsync(new CreateProcedure("1.999001", Content(name: "Thủ tục nháp")));

        await Should.ThrowAsync<NotFoundException>(() => SendAsync(new GetProcedure(created.Id)));
        await SendAsync(new PublishProcedure(created.Id));
        var published = await SendAsync(new GetProcedure(created.Id));

        published.NationalCode.ShouldBe("1.999001");
        published.VersionNumber.ShouldBe(1);
        published.Status.ShouldBe(ProcedureVersionStatus.Published);
    }

    [Test]
    public async Task EditingAPublishedProcedure_KeepsTheOldVersionPublic_UntilTheNewOneIsPublished_AndKeepsItStored()
    {
        var id = await PublishedAsync(Content(name: "Phiên bản một"));
        var v1 = (await SendAsync(new GetProcedure(id))).VersionId;

        var draft = await SendAsync(new EditProcedure(id, Content(name: "Phiên bản hai")));
        (await SendAsync(new GetProcedure(id))).Name.ShouldBe("Phiên bản một");

        await SendAsync(new PublishProcedure(id));
        var current = await SendAsync(new GetProcedure(id));

        draft.VersionNumber.ShouldBe(2);
        current.Name.ShouldBe("Phiên bản hai");
        current.VersionId.ShouldNotBe(v1);
        var old = await WithDbAsync(db => db.ProcedureVersions.AsNoTracking().SingleAsync(v => v.Id == v1));
        old.Status.ShouldBe(ProcedureVersionStatus.Superseded);
        old.Content.Name.ShouldBe("Phiên bản một");
    }

    [Test]
    public async Task InvalidContent_IsRefusedWithFieldErrors_AndWritesNothing()
    {
        var before = await WithDbAsync(db => db.Procedures.CountAsync());
        var content = Content(level: "no-such-level") with
        {
            Name = "",
            Steps = [new WorkflowStep("Xử lý", "Processing", "Janitor", 0.5m)],
        };

        var error = await Should.ThrowAsync<RequestValidationException>(() => SendAsync(new CreateProcedure("bad code", content)));

        error.Errors.Keys.ShouldBe(["nationalCode", "content.name", "content.decidingLevelCode", "content.steps", "content.steps[0].role"], ignoreOrder: true);
        (await WithDbAsync(db => db.Procedures.CountAsync())).ShouldBe(before);
    }

    [Test]
    public async Task CatalogueAdministration_IsForSystemAdmins_Only()
    {
        RunAs(Guid.CreateVersion7(), null, HanoiDvc.Application.Common.Security.Roles.Specialist);

        await Should.ThrowAsync<ForbiddenAccessException>(() => SendAsync(new CreateProcedure(null, Content())));
    }

    [Test]
    public async Task ContentStoredAsJson_RoundTripsEveryField()
    {
        var content = Content() with
        {
            TimeLimit = new TimeLimitInput { Kind = TimeLimitKind.WithinDay, CutOff = new TimeOnly(15, 0), ExtraDays = 2 },
            Form =
            [
                new FormField("diplomaType", FormFieldType.Select, "Loại văn bằng", "Diploma type", true,
                    Options: [new FormFieldOption("thpt", "Bằng tốt nghiệp THPT", "Upper-secondary diploma")]),
                new FormField("year", FormFieldType.Number, "Năm", "Year", false, Min: 1950, Max: 2026, Help: "Năm tốt nghiệp", HelpEn: "Graduation year"),
            ],
        };
        var id = await PublishedAsync(content);

        var detail = await SendAsync(new GetProcedure(id));

        detail.TimeLimit.Kind.ShouldBe(TimeLimitKind.WithinDay);
        detail.TimeLimit.CutOff.ShouldBe(new TimeOnly(15, 0));
        detail.TimeLimit.ExtraDays.ShouldBe(2);
        // Records holding lists compare lists by reference: compare what a client receives instead.
        JsonSerializer.Serialize(detail.Form).ShouldBe(JsonSerializer.Serialize(content.Form));
        detail.Fees.ShouldBe(content.Fees);
        detail.Steps.ShouldBe(content.Steps);
        detail.ApplicantTypes.ShouldBe([ApplicantTypes.School]);
    }
}
