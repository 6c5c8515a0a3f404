using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Accounts;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.Dossiers;

public sealed class DossierWorkflowTests : ApiTestFixture
{
    private const string CitizenId = DossierScenario.CitizenId;

    [Test]
    public async Task ADepartmentDossier_GoesFromSubmissionToReturnedResult_WithCodeDueDateTimelineAndPublicLookup()
    {
        var (citizen, department, procedure, form) = await ArrangeAsync();
        var desk = await OfficialAsync("desk", department, Roles.Receptionist);
        var (specialist, specialistId) = await ApiHost.Factory.CreateSignedInClientAsync("specialist", department, Roles.Specialist);
        var leader = await OfficialAsync("leader", department, Roles.Leader);

        var draft = await FormFillers.StartDraftAsync(citizen, procedure, department, form);
        var id = draft.GetProperty("id").GetGuid();
        var submitted = await SubmitAsync(citizen, id, form, "retry-key-0001");
        var received = await PostAsync(desk, $"/api/v1/dossiers/{id}/receive", new { comment = "Đủ hồ sơ", commentAudience = "Internal" });
        await PostAsync(leader, $"/api/v1/dossiers/{id}/assign", new { assigneeId = specialistId });
        await PostAsync(specialist, $"/api/v1/dossiers/{id}/submit-for-approval", new { comment = "Dự thảo kết quả", commentAudience = "Internal" });
        await PostAsync(leader, $"/api/v1/dossiers/{id}/approve", new { comment = "Đồng ý", commentAudience = "Internal" });
        var returned = await PostAsync(desk, $"/api/v1/dossiers/{id}/return-result", new { channel = "InPerson" });

        submitted.GetProperty("status").GetString().ShouldBe("Submitted");
        submitted.GetProperty("trackingNumber").GetString()!.ShouldMatch("^[0-9A-Z]{10}$");
        var code = received.GetProperty("code").GetString()!;
        code.ShouldMatch(@"^000\.00\.12\.H26-\d{6}-0001$");
        received.GetProperty("dueAt").ValueKind.ShouldBe(JsonValueKind.String);
        returned.GetProperty("status").GetString().ShouldBe("ResultReturned");
        returned.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("action").GetString())
            .ShouldBe(["Submit", "Receive", "Assign", "SubmitForApproval", "Approve", "ReturnResult"]);
        returned.GetProperty("outcome").GetString().ShouldBeOneOf("Early", "OnTime");

        var lookup = await Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossier-lookup?code={code}&citizenId={CitizenId}", UriKind.Relative));
        lookup.GetProperty("status").GetString().ShouldBe("ResultReturned");
        lookup.TryGetProperty("formData", out _).ShouldBeFalse("the public lookup shows status and dates only");
        (await Client.GetAsync(new Uri($"/api/v1/dossier-lookup?code={code}&citizenId=001208099999", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ACommuneDossier_IsReceivedAtTheWardAndForwardedToTheDepartmentForAStepAndBack_ThenApproved()
    {
        var (citizen, _, _, _) = await ArrangeAsync();
        var ward = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, "000.01.50.H26");
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        var (procedure, form) = await FormFillers.ProcedureAsync(Client, "commune");
        var desk = await OfficialAsync("ward-desk", ward, Roles.Receptionist);
        var leader = await OfficialAsync("ward-leader", ward, Roles.Leader);
        var (specialist, specialistId) = await ApiHost.Factory.CreateSignedInClientAsync("ward-specialist", ward, Roles.Specialist);
        var (expert, expertId) = await ApiHost.Factory.CreateSignedInClientAsync("department-expert", department, Roles.Specialist);
        var id = (await FormFillers.StartDraftAsync(citizen, procedure, ward, form))
            .GetProperty("id").GetGuid();
        await SubmitAsync(citizen, id, form, null);

        var received = await PostAsync(desk, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });
        await PostAsync(leader, $"/api/v1/dossiers/{id}/assign", new { assigneeId = specialistId });
        var deadline = DateTimeOffset.UtcNow.AddDays(3);
        var forwarded = await PostAsync(specialist, $"/api/v1/dossiers/{id}/forward", new { toAgencyId = department, stepDeadline = deadline, assigneeId = expertId, comment = "Xin ý kiến Sở", commentAudience = "Internal" });
        var visibleToDepartment = await expert.GetAsync(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative));
        await PostAsync(expert, $"/api/v1/dossiers/{id}/forward", new { toAgencyId = ward, stepDeadline = deadline, assigneeId = specialistId, comment = "Đồng ý", commentAudience = "Internal" });
        await PostAsync(specialist, $"/api/v1/dossiers/{id}/submit-for-approval", new { comment = (string?)null });
        var approved = await PostAsync(leader, $"/api/v1/dossiers/{id}/approve", new { comment = (string?)null });

        received.GetProperty("code").GetString()!.ShouldStartWith("000.01.50.H26-");
        forwarded.GetProperty("currentAgencyId").GetGuid().ShouldBe(department);
        visibleToDepartment.StatusCode.ShouldBe(HttpStatusCode.OK);
        approved.GetProperty("status").GetString().ShouldBe("Resolved");
        approved.GetProperty("steps").EnumerateArray().Count(s => s.GetProperty("action").GetString() == "Forward").ShouldBe(2);
    }

    [Test]
    public async Task AWithinTheDayDossier_GetsAnApologyBeforeItsDueDate_WithANewDate_AndResolvedByTheOriginalAppointmentIsNotLate()
    {
        var (citizen, department, _, _) = await ArrangeAsync();
        var copies = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/procedures?q=cap%20ban%20sao%20so%20goc&level=province", UriKind.Relative));
        var procedure = copies.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("timeLimit").GetProperty("kind").GetString() == "WithinDay").GetProperty("id").GetGuid();
        var form = await FormFillers.AnswersAsync(Client, procedure);
        var desk = await OfficialAsync("desk", department, Roles.Receptionist);
        var leader = await OfficialAsync("leader", department, Roles.Leader);
        var (specialist, specialistId) = await ApiHost.Factory.CreateSignedInClientAsync("specialist", department, Roles.Specialist);
        var id = (await FormFillers.StartDraftAsync(citizen, procedure, department, form))
            .GetProperty("id").GetGuid();
        await SubmitAsync(citizen, id, form, null);
        await PostAsync(desk, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });
        // An apology is issued at the latest one working day before the due date (Nghị định 61/2018/NĐ-CP, Điều 19). "Within
        // the day" leaves less than that whatever the hour the test runs, so the due date is put ten days ahead.
        var appointment = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddDays(10).ToUnixTimeSeconds());
        await using (var scope = ApiHost.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database
                .ExecuteSqlAsync($"UPDATE dossiers SET due_at = {appointment}, appointment_at = {appointment} WHERE id = {id}");
        }

        var earlier = await leader.PostAsJsonAsync($"/api/v1/dossiers/{id}/apologise", new { newAppointmentAt = appointment, reason = "Lùi lại", signerTitle = "GIÁM ĐỐC" });
        var apology = await PostAsync(leader, $"/api/v1/dossiers/{id}/apologise", new { newAppointmentAt = appointment.AddDays(3), reason = "Sổ gốc đang được số hóa, cần thêm thời gian đối chiếu", signerTitle = "GIÁM ĐỐC" });
        await PostAsync(leader, $"/api/v1/dossiers/{id}/assign", new { assigneeId = specialistId });
        await PostAsync(specialist, $"/api/v1/dossiers/{id}/submit-for-approval", new { comment = (string?)null });
        var approved = await PostAsync(leader, $"/api/v1/dossiers/{id}/approve", new { comment = (string?)null });
        var letter = await PdfTextAsync(citizen, $"/api/v1/dossiers/{id}/documents/Apology");

        apology.GetProperty("appointmentAt").GetDateTimeOffset().ShouldBe(appointment.AddDays(3));
        earlier.StatusCode.ShouldBe(HttpStatusCode.Conflict, "a new appointment must be later than the current one");
        // Lateness is judged against the original appointment, not made by the apology.
        approved.GetProperty("outcome").GetString().ShouldBe("Early");
        letter.ShouldContain("Sổ gốc đang được số hóa");
    }

    [Test]
    public async Task ASubmissionRetriedWithTheSameKey_GivesOneDossier_AndTheKeyWithOtherContentIs422()
    {
        var (citizen, department, procedure, form) = await ArrangeAsync();
        var id = (await FormFillers.StartDraftAsync(citizen, procedure, department, form))
            .GetProperty("id").GetGuid();

        var first = await SubmitAsync(citizen, id, form, "same-key-123");
        var retry = await SubmitAsync(citizen, id, form, "same-key-123");
        var changed = new Dictionary<string, string?>(form) { [form.Keys.First()] = form.Values.First() + " (khác)" };
        using var other = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/dossiers/{id}/submit") { Content = JsonContent.Create(new { formData = changed }) };
        other.Headers.Add("Idempotency-Key", "same-key-123");
        var reused = await citizen.SendAsync(other);

        retry.GetProperty("trackingNumber").GetString().ShouldBe(first.GetProperty("trackingNumber").GetString());
        retry.GetProperty("steps").GetArrayLength().ShouldBe(1);
        reused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task ParallelReceptionsOfOneDossier_ExactlyOneWins_TheOthersGet409()
    {
        var (citizen, department, procedure, form) = await ArrangeAsync();
        var id = (await FormFillers.StartDraftAsync(citizen, procedure, department, form))
            .GetProperty("id").GetGuid();
        await SubmitAsync(citizen, id, form, null);
        var desks = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => OfficialAsync($"desk{i}", department, Roles.Receptionist)));

        var answers = await Task.WhenAll(desks.Select(d => d.PostAsJsonAsync($"/api/v1/dossiers/{id}/receive", new { comment = (string?)null })));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Where(a => a.StatusCode != HttpStatusCode.OK).ShouldAllBe(a => a.StatusCode == HttpStatusCode.Conflict);
    }

    [Test]
    public async Task OfficialsOfAnotherAgency_CannotSeeOrReceiveTheDossier()
    {
        var (citizen, department, procedure, form) = await ArrangeAsync();
        var id = (await FormFillers.StartDraftAsync(citizen, procedure, department, form))
            .GetProperty("id").GetGuid();
        await SubmitAsync(citizen, id, form, null);
        var commune = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, "000.01.50.H26");
        var otherDesk = await OfficialAsync("other-desk", commune, Roles.Receptionist);
        var (stranger, _) = await ApiHost.Factory.CreateSignedInClientAsync("001208054321", null, Roles.Citizen);

        (await otherDesk.GetAsync(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var receive = await otherDesk.PostAsJsonAsync($"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });
        receive.StatusCode.ShouldBe(HttpStatusCode.NotFound, "a write discloses no more than a read");
        (await citizen.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative))).GetProperty("status").GetString().ShouldBe("Submitted");
    }

    [Test]
    public async Task SubmittingAnInvalidForm_Is400PerField_AndTheDossierStaysADraft()
    {
        var (citizen, department, procedure, form) = await ArrangeAsync();
        var id = (await FormFillers.StartDraftAsync(citizen, procedure, department, new Dictionary<string, string?>()))
            .GetProperty("id").GetGuid();

        var response = await citizen.PostAsJsonAsync($"/api/v1/dossiers/{id}/submit", new { formData = new Dictionary<string, string?> { ["noSuchField"] = "x" } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldContain("formData.noSuchField");
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldContain($"formData.{form.Keys.First()}");
        (await citizen.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative))).GetProperty("status").GetString().ShouldBe("Draft");
    }

    [Test]
    public async Task ADraftIsSavedIncomplete_ResumedWithItsValues_AndNoLongerEditableOnceSubmitted()
    {
        var (citizen, department, procedure, form) = await ArrangeAsync();
        var id = (await FormFillers.StartDraftAsync(citizen, procedure, department, new Dictionary<string, string?>())).GetProperty("id").GetGuid();
        var (firstKey, firstValue) = form.First();

        using var saved = await citizen.PutAsJsonAsync($"/api/v1/dossiers/{id}/draft", new { formData = new Dictionary<string, string?> { [firstKey] = firstValue } });
        using var unknown = await citizen.PutAsJsonAsync($"/api/v1/dossiers/{id}/draft", new { formData = new Dictionary<string, string?> { ["noSuchField"] = "x" } });
        var resumed = await citizen.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative));
        await citizen.PutAsJsonAsync($"/api/v1/dossiers/{id}/draft", new { formData = form });
        await PostAsync(citizen, $"/api/v1/dossiers/{id}/submit", new { formData = (object?)null });
        using var late = await citizen.PutAsJsonAsync($"/api/v1/dossiers/{id}/draft", new { formData = form });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.ReadProblemAsync()).GetProperty("errors").TryGetProperty("formData.noSuchField", out _).ShouldBeTrue();
        resumed.GetProperty("status").GetString().ShouldBe("Draft");
        resumed.GetProperty("formData").EnumerateObject().Select(p => (p.Name, p.Value.GetString())).ShouldBe([(firstKey, firstValue)]);
        resumed.GetProperty("steps").GetArrayLength().ShouldBe(0, "saving a draft is not a processing step");
        var procedureForm = (await Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/procedures/{procedure}", UriKind.Relative))).GetProperty("form");
        resumed.GetProperty("formFields").EnumerateArray().Select(f => f.GetProperty("key").GetString())
            .ShouldBe(procedureForm.EnumerateArray().Select(f => f.GetProperty("key").GetString()), "the draft carries the form it is checked against");
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await late.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("dossier.invalid_transition");
    }

    [Test]
    public async Task AssigningToSomeoneWhoIsNotASpecialistOfTheAgency_OrForwardingToNoAgency_Is400_AndNothingChanges()
    {
        var (citizen, department, procedure, form) = await ArrangeAsync();
        var desk = await OfficialAsync("desk", department, Roles.Receptionist);
        var (leader, leaderId) = await ApiHost.Factory.CreateSignedInClientAsync("leader", department, Roles.Leader);
        var commune = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, "000.01.50.H26");
        var (_, communeSpecialistId) = await ApiHost.Factory.CreateSignedInClientAsync("commune-specialist", commune, Roles.Specialist);
        var (specialist, specialistId) = await ApiHost.Factory.CreateSignedInClientAsync("specialist", department, Roles.Specialist);
        var id = await SubmittedAsync(citizen, department, procedure, form);
        await PostAsync(desk, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });

        foreach (var assignee in new[] { leaderId, communeSpecialistId, Guid.NewGuid() })
        {
            using var refused = await leader.PostAsJsonAsync($"/api/v1/dossiers/{id}/assign", new { assigneeId = assignee, comment = (string?)null });
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.ReadProblemAsync()).GetProperty("errors").TryGetProperty("assigneeId", out _).ShouldBeTrue();
        }

        await PostAsync(leader, $"/api/v1/dossiers/{id}/assign", new { assigneeId = specialistId, comment = (string?)null });
        using var nowhere = await specialist.PostAsJsonAsync($"/api/v1/dossiers/{id}/forward",
            new { toAgencyId = Guid.NewGuid(), stepDeadline = DateTimeOffset.UtcNow.AddDays(3), assigneeId = (Guid?)null, comment = (string?)null });

        nowhere.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await nowhere.ReadProblemAsync()).GetProperty("errors").TryGetProperty("toAgencyId", out _).ShouldBeTrue();
        var dossier = await citizen.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative));
        dossier.GetProperty("currentAgencyId").GetGuid().ShouldBe(department);
        dossier.GetProperty("assigneeId").GetGuid().ShouldBe(specialistId);
    }

    [Test]
    public async Task ASupplementRoundTrip_PausesTheClock_AndTheFormsArePdfsWithTheCodeAndTheApplicant()
    {
        var (citizen, department, procedure, form) = await ArrangeAsync();
        var desk = await OfficialAsync("desk", department, Roles.Receptionist);
        var id = await SubmittedAsync(citizen, department, procedure, form);

        var asked = await PostAsync(desk, $"/api/v1/dossiers/{id}/request-supplement", new { missing = new[] { "Bản sao giấy khai sinh", "Ảnh 3x4" } });
        var supplied = await PostAsync(citizen, $"/api/v1/dossiers/{id}/provide-supplement", new { formData = (object?)null, comment = "Đã bổ sung" });
        var received = await PostAsync(desk, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });
        var receipt = await PdfTextAsync(citizen, $"/api/v1/dossiers/{id}/documents/Receipt");
        var request = await PdfTextAsync(desk, $"/api/v1/dossiers/{id}/documents/SupplementRequest");

        asked.GetProperty("status").GetString().ShouldBe("SupplementRequested");
        supplied.GetProperty("status").GetString().ShouldBe("Submitted");
        receipt.ShouldContain(received.GetProperty("code").GetString()!);
        receipt.ShouldContain($"Người dùng {CitizenId}");
        request.ShouldContain("Bản sao giấy khai sinh");
        request.ShouldContain("Ảnh 3x4");
        (await citizen.GetAsync(new Uri($"/api/v1/dossiers/{id}/documents/Apology", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Rejection_Withdrawal_AndRefusal_EndTheDossier_AndFurtherActionsAre409()
    {
        var (citizen, department, procedure, form) = await ArrangeAsync();
        var desk = await OfficialAsync("desk", department, Roles.Receptionist);
        var (specialist, specialistId) = await ApiHost.Factory.CreateSignedInClientAsync("specialist", department, Roles.Specialist);
        var leader = await OfficialAsync("leader", department, Roles.Leader);
        var rejected = await SubmittedAsync(citizen, department, procedure, form);
        var withdrawn = await SubmittedAsync(citizen, department, procedure, form);
        var refused = await SubmittedAsync(citizen, department, procedure, form);

        await PostAsync(desk, $"/api/v1/dossiers/{rejected}/reject", new { reasons = "Không thuộc thẩm quyền giải quyết của Sở" });
        await PostAsync(citizen, $"/api/v1/dossiers/{withdrawn}/withdraw", new { reason = (string?)null });
        await PostAsync(desk, $"/api/v1/dossiers/{refused}/receive", new { comment = (string?)null });
        await PostAsync(leader, $"/api/v1/dossiers/{refused}/assign", new { assigneeId = specialistId });
        var refusal = await PostAsync(leader, $"/api/v1/dossiers/{refused}/refuse", new { reasons = "Không đủ điều kiện" });
        var rejection = await PdfTextAsync(citizen, $"/api/v1/dossiers/{rejected}/documents/Rejection");
        var afterRejection = await desk.PostAsJsonAsync($"/api/v1/dossiers/{rejected}/receive", new { comment = (string?)null });
        var reasonless = await leader.PostAsJsonAsync($"/api/v1/dossiers/{refused}/refuse", new { reasons = "" });

        refusal.GetProperty("status").GetString().ShouldBe("Refused");
        rejection.ShouldContain("Không thuộc thẩm quyền giải quyết của Sở");
        afterRejection.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await afterRejection.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("dossier.invalid_transition");
        reasonless.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await citizen.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{withdrawn}", UriKind.Relative))).GetProperty("status").GetString().ShouldBe("Withdrawn");
        specialist.ShouldNotBeNull();
    }

    [Test]
    public async Task TheInbox_ShowsTheAgencysOpenDossiersByDueDate_AndMyDossiersTheApplicantsOwn()
    {
        var (citizen, department, procedure, form) = await ArrangeAsync();
        var desk = await OfficialAsync("desk", department, Roles.Receptionist);
        var first = await SubmittedAsync(citizen, department, procedure, form);
        var second = await SubmittedAsync(citizen, department, procedure, form);
        await PostAsync(desk, $"/api/v1/dossiers/{first}/receive", new { comment = (string?)null });
        var commune = await OfficialAsync("commune-desk", await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, "000.01.50.H26"), Roles.Receptionist);

        var inbox = await desk.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/dossiers/inbox", UriKind.Relative));
        var received = await desk.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/dossiers/inbox?status=Received", UriKind.Relative));
        var elsewhere = await commune.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/dossiers/inbox", UriKind.Relative));
        var mine = await citizen.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/dossiers/mine", UriKind.Relative));

        inbox.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ShouldBe([first, second]);
        received.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ShouldBe([first]);
        elsewhere.GetProperty("totalCount").GetInt32().ShouldBe(0);
        mine.GetProperty("totalCount").GetInt32().ShouldBe(2);
        (await citizen.GetAsync(new Uri("/api/v1/dossiers/inbox", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [TestCase("{\"comment\": null, \"surprise\": 1}", "unknown field")]
    [TestCase("{\"comment\": 42}", "wrong type")]
    [TestCase("{\"comment\": \"LONG\"}", "oversized text")]
    [TestCase("not json", "not JSON")]
    public async Task MalformedInput_Is400ProblemDetails_AndChangesNothing(string body, string what)
    {
        var (citizen, department, procedure, form) = await ArrangeAsync();
        var desk = await OfficialAsync("desk", department, Roles.Receptionist);
        var id = await SubmittedAsync(citizen, department, procedure, form);
        using var content = new StringContent(body.Replace("LONG", new string('x', 5000), StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json");

        var response = await desk.PostAsync(new Uri($"/api/v1/dossiers/{id}/receive", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, what);
        (await response.ReadProblemAsync()).GetProperty("traceId").GetString().ShouldNotBeNullOrEmpty();
        var stored = await citizen.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative));
        stored.GetProperty("status").GetString().ShouldBe("Submitted");
        stored.GetProperty("code").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    private static async Task<Guid> SubmittedAsync(HttpClient citizen, Guid department, Guid procedure, Dictionary<string, string?> form)
    {
        var id = (await FormFillers.StartDraftAsync(citizen, procedure, department, form))
            .GetProperty("id").GetGuid();
        await SubmitAsync(citizen, id, form, null);
        return id;
    }

    private static async Task<string> PdfTextAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join('\n', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
    }

    [Test]
    public async Task TheApplicant_RatesAReturnedDossierOnce_WithClearErrorsForBadInput_AndNothingChangedByThem()
    {
        var (citizen, department, procedure, form) = await ArrangeAsync();
        var desk = await OfficialAsync("desk", department, Roles.Receptionist);
        var leader = await OfficialAsync("leader", department, Roles.Leader);
        var (specialist, specialistId) = await ApiHost.Factory.CreateSignedInClientAsync("specialist", department, Roles.Specialist);
        var id = (await FormFillers.StartDraftAsync(citizen, procedure, department, form)).GetProperty("id").GetGuid();
        await SubmitAsync(citizen, id, form, null);
        await PostAsync(desk, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });
        (await citizen.PostAsJsonAsync($"/api/v1/dossiers/{id}/rating", new { level = "Satisfied" })).StatusCode.ShouldBe(HttpStatusCode.Conflict, "not finished yet");
        await PostAsync(leader, $"/api/v1/dossiers/{id}/assign", new { assigneeId = specialistId });
        await PostAsync(specialist, $"/api/v1/dossiers/{id}/submit-for-approval", new { comment = (string?)null });
        await PostAsync(leader, $"/api/v1/dossiers/{id}/approve", new { comment = (string?)null });
        await PostAsync(desk, $"/api/v1/dossiers/{id}/return-result", new { channel = "InPerson" });

        using var unknownLevel = await citizen.PostAsJsonAsync($"/api/v1/dossiers/{id}/rating", new { level = "Great" });
        using var longComment = await citizen.PostAsJsonAsync($"/api/v1/dossiers/{id}/rating", new { level = "Unsatisfied", comment = new string('x', 1001) });
        var rated = await PostAsync(citizen, $"/api/v1/dossiers/{id}/rating", new { level = "VerySatisfied", comment = "  Nhanh, cán bộ nhiệt tình  " });
        using var again = await citizen.PostAsJsonAsync($"/api/v1/dossiers/{id}/rating", new { level = "Unsatisfied" });

        unknownLevel.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        longComment.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await longComment.ReadProblemAsync()).GetProperty("errors").TryGetProperty("comment", out _).ShouldBeTrue();
        (rated.GetProperty("satisfaction").GetString(), rated.GetProperty("satisfactionComment").GetString()).ShouldBe(("VerySatisfied", "Nhanh, cán bộ nhiệt tình"));
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.ReadProblemAsync()).GetProperty("code").GetString().ShouldBe("dossier.already_rated");
        var stored = await citizen.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{id}", UriKind.Relative));
        (stored.GetProperty("satisfaction").GetString(), stored.GetProperty("ratedAt").ValueKind).ShouldBe(("VerySatisfied", JsonValueKind.String));
    }

    private async Task<(HttpClient Citizen, Guid Department, Guid Procedure, Dictionary<string, string?> Form)> ArrangeAsync()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        return (scenario.Citizen, scenario.Department, scenario.Procedure, scenario.Form);
    }

    private static async Task<HttpClient> OfficialAsync(string name, Guid agency, string role) =>
        (await ApiHost.Factory.CreateSignedInClientAsync(name, agency, role)).Client;

    private static async Task<JsonElement> SubmitAsync(HttpClient client, Guid id, Dictionary<string, string?> form, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/dossiers/{id}/submit") { Content = JsonContent.Create(new { formData = form }) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync(path, body);
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
