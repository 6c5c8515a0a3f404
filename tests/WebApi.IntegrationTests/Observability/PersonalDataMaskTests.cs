using HanoiDvc.Application.Common.Privacy;

namespace HanoiDvc.WebApi.IntegrationTests.Observability;

/// <summary>Which text is personal data to the log masking, and what is left of it.</summary>
public sealed class PersonalDataMaskTests
{
    [TestCase("citizenId=001099012345&code=X", "citizenId=*********345&code=X")]
    [TestCase("Gọi 0912345678 hoặc +84 912 345 678 hoặc 0912.345.678", "Gọi *******678 hoặc +** *** *** 678 hoặc ****.***.678")]
    [TestCase("Bàn một cửa: 024 3825 1234", "Bàn một cửa: *** **** *234")]
    [TestCase("gửi an.nguyen@example.vn và lienhe@so.hanoi.gov.vn", "gửi a***@example.vn và l***@so.hanoi.gov.vn")]
    [TestCase("Duplicate key (citizen_id)=(035099012345)", "Duplicate key (citizen_id)=(*********345)")]
    public void Text_MasksCitizenIdsPhonesAndEmails(string text, string masked) =>
        PersonalDataMask.Text(text).ShouldBe(masked);

    [TestCase("4bf92f3577b34da6a3ce929d0e0e4736")] // a trace id
    [TestCase("0af7651916cd43dd8448eb211c80319c0123456789012a")] // hex with a run of digits
    [TestCase("00-4bf92f3577b34da6123456789012a3ce-00f067aa0ba902b7-01")]
    [TestCase("000.00.12.H26-260123-0001")] // a dossier code
    [TestCase("2026-11-23T07:30:00.1234567Z")]
    [TestCase("vnp_PayDate=20261123073000 vnp_Amount=1500000000000")] // 14 and 13 digits
    [TestCase("Outbox message 0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b (DossierReceived)")]
    public void Text_LeavesIdentifiersDatesAndAmountsAlone(string text) =>
        PersonalDataMask.Text(text).ShouldBe(text);

    [Test]
    public void WholeValues_KeepWhatIdentifiesNobody()
    {
        PersonalDataMask.CitizenId("001099012345").ShouldBe("*********345");
        PersonalDataMask.Phone("0912345678").ShouldBe("*******678");
        PersonalDataMask.Email("an.nguyen@example.vn").ShouldBe("a***@example.vn");
        PersonalDataMask.Name("Nguyễn Văn An").ShouldBe("Nguyễn V** A**");
    }
}
