using System.Text.Json.Nodes;

namespace HanoiDvc.WebApi.Infrastructure;

/// <summary>
/// Realistic values for the examples of the OpenAPI document, by property name and, where one name means different
/// things, by schema and property (<c>AgencyDto.name</c> is an agency, <c>Fee.name</c> a fee). The data are invented but
/// have the shapes the API checks: a 12-digit citizen ID, a Vietnamese mobile number, a dossier code
/// <c>{agency code}-{yyMMdd}-{sequence}</c>, a 10-character tracking number, a 12-character verification code.
/// </summary>
internal static class OpenApiSampleValues
{
    private static readonly Dictionary<string, JsonNode> ByOwnerAndName = new(StringComparer.Ordinal)
    {
        ["AgencyDto.code"] = "000.00.12.H26",
        ["AgencyDto.name"] = "Sở Giáo dục và Đào tạo Hà Nội",
        ["AgencyDto.nameEn"] = "Hanoi Department of Education and Training",
        ["PublicAgencyStatistics.code"] = "000.00.12.H26",
        ["PublicAgencyStatistics.name"] = "Sở Giáo dục và Đào tạo Hà Nội",
        ["PublicAgencyStatistics.nameEn"] = "Hanoi Department of Education and Training",
        ["StatisticsBreakdownRow.name"] = "Sở Giáo dục và Đào tạo Hà Nội",
        ["StatisticsBreakdownRow.nameEn"] = "Hanoi Department of Education and Training",
        ["StatisticsBreakdownRow.code"] = "000.00.12.H26",
        ["StatisticsBreakdownRow.key"] = "0191f000-0000-7000-8000-000000000012",
        ["Fee.name"] = "Phí cấp bản sao",
        ["Fee.nameEn"] = "Copy fee",
        ["Fee.rule"] = "20.000 đồng/bản",
        ["Fee.countField"] = "copies",
        ["RequiredDocument.name"] = "Bản sao Căn cước công dân của người đề nghị",
        ["RequiredDocument.nameEn"] = "Copy of the applicant's citizen identity card",
        ["RequiredDocument.template"] = "mau-don-de-nghi-cap-ban-sao.docx",
        ["WorkflowStep.name"] = "Chuyên viên thẩm định hồ sơ",
        ["WorkflowStep.nameEn"] = "A specialist reviews the dossier",
        ["WorkflowStep.role"] = "Specialist",
        ["LevelStatisticsDto.name"] = "Cấp tỉnh (Sở GDĐT)",
        ["LevelStatisticsDto.level"] = "province",
        ["StatisticsTargetDto.code"] = "online-share",
        ["StatisticsTargetDto.name"] = "Tỷ lệ hồ sơ nộp trực tuyến",
        ["StatisticsTargetDto.nameEn"] = "Share of dossiers submitted online",
        ["DayOff.name"] = "Tết Nguyên đán",
        ["MakeUpWorkingDay.name"] = "Làm bù ngày nghỉ Tết",
        ["FormField.key"] = "hoTenNguoiDuocCap",
        ["FormField.label"] = "Họ và tên người được cấp văn bằng",
        ["FormField.labelEn"] = "Full name of the holder",
        ["FormField.help"] = "Ghi đúng như trên văn bằng",
        ["FormField.helpEn"] = "As written on the diploma",
        ["FormField.pattern"] = "^[0-9]{4}$",
        ["FormFieldOption.value"] = "tot-nghiep-thpt",
        ["FormFieldOption.label"] = "Bằng tốt nghiệp trung học phổ thông",
        ["FormFieldOption.labelEn"] = "Upper secondary school diploma",
        ["NotificationDto.title"] = "Hồ sơ đã được tiếp nhận",
        ["NotificationDto.body"] = "Hồ sơ 000.00.12.H26-261124-0001 đã được tiếp nhận; hẹn trả kết quả ngày 01/12/2026.",
        ["ProcessingStepDto.comment"] = "Hồ sơ đầy đủ, chuyển chuyên viên thẩm định.",
        ["ProblemDetails.title"] = "Yêu cầu không hợp lệ",
        ["ProblemDetails.type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        ["HttpValidationProblemDetails.title"] = "Dữ liệu không hợp lệ",
        ["HttpValidationProblemDetails.type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        ["WebhookDeliveryDto.eventType"] = "dossier.received",
        ["VnPayIpnAnswer.RspCode"] = "00",
        ["VnPayIpnAnswer.Message"] = "Confirm Success",
        ["ClientTokenResponse.token_type"] = "Bearer",
        ["ClientTokenResponse.scope"] = "catalogue:read dossiers:write",
        ["ClientCredentialsForm.scope"] = "catalogue:read dossiers:write",
        ["OAuthError.error"] = "invalid_client",
        ["OAuthError.error_description"] = "The client is unknown, disabled or its secret is wrong.",
        ["TokenResponse.tokenType"] = "Bearer",
        ["CatalogueStatisticsDto.setup"] = "two-tier",
    };

    private static readonly Dictionary<string, JsonNode> ByName = new(StringComparer.Ordinal)
    {
        ["code"] = "000.00.12.H26-261124-0001",
        ["trackingNumber"] = "K7M2Q9X4PA",
        ["dossierReference"] = "000.00.12.H26-261124-0001",
        ["nationalCode"] = "1.005094",
        ["nationalStatus"] = "Đang xử lý",
        ["name"] = "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
        ["nameEn"] = "Issuing a copy of a diploma or certificate from the original register",
        ["procedureName"] = "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
        ["procedureNameEn"] = "Issuing a copy of a diploma or certificate from the original register",
        ["decidingLevelCode"] = "province",
        ["levelCode"] = "province",
        ["address"] = "23 Quang Trung, phường Cửa Nam, Hà Nội",
        ["receptionHours"] = "Thứ Hai – Thứ Sáu, 8:00–12:00 và 13:30–17:00",
        ["fullName"] = "Nguyễn Thị Minh Anh",
        ["applicantName"] = "Nguyễn Thị Minh Anh",
        ["representativeName"] = "Trần Văn Bình",
        ["actorName"] = "Lê Thu Hà",
        ["signerName"] = "Phạm Quốc Hùng",
        ["signerTitle"] = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
        ["preparedByName"] = "Lê Thu Hà",
        ["agencyName"] = "Sở Giáo dục và Đào tạo Hà Nội",
        ["extensionReason"] = "Yêu cầu cấp 12 bản sao.",
        ["issuerName"] = "Sở Giáo dục và Đào tạo Hà Nội",
        ["userName"] = "nguyenthiminhanh",
        ["citizenId"] = "001199012345",
        ["phone"] = "0912345678",
        ["phoneNumber"] = "0912345678",
        ["email"] = "minhanh.nguyen@example.vn",
        ["contactEmail"] = "tich-hop@truonghoc.example.vn",
        ["organisationName"] = "Trường Trung học phổ thông Chu Văn An",
        ["organisationCode"] = "0101234567",
        ["password"] = "Hoa-Sen-Ho-Tay@2026",
        ["temporaryPassword"] = "TamThoi#4821Kx",
        ["comment"] = "Hồ sơ đầy đủ theo quy định.",
        ["note"] = "Nộp trực tiếp tại bộ phận một cửa.",
        ["reason"] = "Người nộp đề nghị rút hồ sơ để bổ sung giấy tờ.",
        ["document"] = "Bản sao giấy khai sinh",
        ["basis"] = "Mẫu số 01, Thông tư 01/2018/TT-VPCP",
        ["reasons"] = "Bản sao Căn cước công dân không rõ số; thiếu đơn đề nghị theo mẫu.",
        ["satisfactionComment"] = "Cán bộ hướng dẫn rõ ràng, trả kết quả sớm.",
        ["refundReason"] = "Hồ sơ bị từ chối tiếp nhận.",
        ["disabledReason"] = "10 lần gửi liên tiếp không thành công.",
        ["documentName"] = "Đơn đề nghị cấp bản sao văn bằng",
        ["documentType"] = "Bản sao văn bằng",
        ["resultType"] = "Bản sao văn bằng, chứng chỉ",
        ["resultTypeEn"] = "Copy of the diploma or certificate",
        ["fileName"] = "don-de-nghi.pdf",
        ["mediaType"] = "application/pdf",
        ["sha256"] = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        ["presentedSha256"] = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        ["verificationCode"] = "7KQ2-M9XA-4PRT",
        ["orderRef"] = "0f3c9a1e7b2d4c5f8e6a9b0c1d2e3f40",
        ["provider"] = "VNPay",
        ["bankCode"] = "NCB",
        ["gatewayResponseCode"] = "00",
        ["gatewayTransactionNo"] = "14712345",
        ["source"] = "Integration:Phần mềm quản lý trường học",
        ["identityProvider"] = "local",
        ["role"] = "Specialist",
        ["scope"] = "catalogue:read dossiers:write",
        ["url"] = "https://truonghoc.example.vn/hooks/hanoidvc",
        ["clientSecret"] = "hdvc_sk_3Jq8v0cN2mYw7tR1pLxZ5sKa9fUe4bHd",
        ["client_secret"] = "hdvc_sk_3Jq8v0cN2mYw7tR1pLxZ5sKa9fUe4bHd",
        ["client_id"] = "0191f000-0000-7000-8000-0000000000c1",
        ["grant_type"] = "client_credentials",
        ["signingSecret"] = "whsec_Rk2f9QmX7vT1cN8pLs4yZb0hWj6uEa3D",
        ["accessToken"] = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIuLi4ifQ.c2lnbmF0dXJl",
        ["access_token"] = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIuLi4ifQ.c2lnbmF0dXJl",
        ["idToken"] = "eyJhbGciOiJSUzI1NiIsImtpZCI6InZuZWlkIn0.eyJzdWIiOiIuLi4ifQ.c2lnbmF0dXJl",
        ["clientIp"] = "203.162.4.191",
        ["correlationId"] = "0HN8K3F5Q2JVB:00000001",
        ["useCase"] = "ReceiveDossier",
        ["entityType"] = "Dossier",
        ["entityId"] = "0191f000-0000-7000-8000-000000000001",
        ["eventType"] = "dossier.received",
        ["lastError"] = "HTTP 503 Service Unavailable",
        ["title"] = "Thông báo",
        ["detail"] = "Hồ sơ không ở trạng thái cho phép thao tác này.",
        ["instance"] = "/api/v1/dossiers/0191f000-0000-7000-8000-000000000001/receive",
        ["label"] = "Họ và tên",
        ["labelEn"] = "Full name",
        ["value"] = "Nguyễn Thị Minh Anh",
        ["key"] = "hoTen",
        ["template"] = "mau-don.docx",
        ["help"] = "Ghi đầy đủ, có dấu",
        ["helpEn"] = "In full, with diacritics",
        ["level"] = "province",
        ["setup"] = "two-tier",
        ["body"] = "Hồ sơ của bạn đã được tiếp nhận.",
        ["error"] = "invalid_request",
        ["error_description"] = "grant_type must be client_credentials.",
        ["tokenType"] = "Bearer",
        ["token_type"] = "Bearer",
        ["rule"] = "20.000 đồng/bản",
        ["countField"] = "copies",
        ["pattern"] = "^[0-9]{4}$",

        // Items of arrays take the array's name.
        ["roles"] = "Specialist",
        ["scopes"] = "dossiers:write",
        ["events"] = "dossier.received",
        ["missing"] = "Đơn đề nghị cấp bản sao theo mẫu, có chữ ký của người đề nghị",
        ["legalBasis"] = "Luật Giáo dục số 43/2019/QH14",
        ["sources"] = "Quyết định của UBND thành phố Hà Nội về lịch nghỉ Tết Nguyên đán",
    };

    /// <summary>A realistic example for property <paramref name="name"/> of schema <paramref name="owner"/>, if one is known.</summary>
    public static JsonNode? Find(string? owner, string? name)
    {
        if (name is null)
        {
            return null;
        }

        if (owner is not null && ByOwnerAndName.TryGetValue($"{owner}.{name}", out var specific))
        {
            return specific.DeepClone();
        }

        return ByName.TryGetValue(name, out var general) ? general.DeepClone() : null;
    }
}
