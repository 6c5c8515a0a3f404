using System.Net.Http.Json;
using CsCheck;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;

namespace HanoiDvc.WebApi.IntegrationTests.Complaints;

/// <summary>Free-form complaint fields, generated: every answer is a 201 or a 4xx, never a server error.</summary>
public sealed class ComplaintInputFuzzTests : ApiTestFixture
{
    private static readonly Gen<string?> Text = Gen.OneOf<string?>(
        Gen.Const((string?)null), Gen.Const<string?>(string.Empty), Gen.Const<string?>("   "), Gen.Const<string?>("a@b"), Gen.Const<string?>("an@example.vn"),
        Gen.Const<string?>("+84 912 345 678"), Gen.Const<string?>("0912345678"), Gen.Const<string?>("\ud800"), Gen.Const<string?>("'; DROP TABLE complaints; --"),
        Gen.Const<string?>(new string('x', 4001)), Gen.Const<string?>("Nội dung phản ánh về thủ tục hành chính đủ dài để được nhận."),
        Gen.String.Select(s => (string?)s), Gen.Char.Array[0, 300].Select(c => (string?)new string(c)));

    [Test]
    public async Task GeneratedComplaints_AreNeverAnswered5xx()
    {
        var procedure = (await FormFillers.DepartmentProcedureAsync(Client)).Procedure;
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        var agency = Gen.OneOf(Gen.Const(department), Gen.Const(Guid.Empty), Gen.Guid);

        await Gen.Select(Text, Text, Text, Text, agency).SampleAsync(
            async (name, email, phone, content, agencyId) =>
            {
                using var response = await Client.PostAsJsonAsync("/api/v1/complaints/procedure",
                    new { procedureId = procedure, decidingAgencyId = agencyId, name, contactEmail = email, contactPhone = phone, content });
                ((int)response.StatusCode).ShouldBeLessThan(500, await response.Content.ReadAsStringAsync());
            },
            iter: 200, threads: 1);
    }
}
