using System.Globalization;

namespace HanoiDvc.WebApi.ErrorHandling;

/// <summary>Titles of the error responses, in Vietnamese (default) and English, chosen by the request culture.</summary>
internal static class ProblemTexts
{
    private static readonly Dictionary<int, (string Vi, string En)> Titles = new()
    {
        [StatusCodes.Status400BadRequest] = ("Dữ liệu gửi lên không hợp lệ.", "One or more validation errors occurred."),
        [StatusCodes.Status401Unauthorized] = ("Bạn cần đăng nhập để thực hiện thao tác này.", "You need to sign in to do this."),
        [StatusCodes.Status403Forbidden] = ("Bạn không có quyền thực hiện thao tác này.", "You are not allowed to do this."),
        [StatusCodes.Status404NotFound] = ("Không tìm thấy tài nguyên được yêu cầu.", "The requested resource was not found."),
        [StatusCodes.Status405MethodNotAllowed] = ("Phương thức không được hỗ trợ.", "The method is not allowed."),
        [StatusCodes.Status413PayloadTooLarge] = ("Nội dung yêu cầu quá lớn.", "The request body is too large."),
        [StatusCodes.Status415UnsupportedMediaType] = ("Định dạng nội dung không được hỗ trợ.", "The content type is not supported."),
        [StatusCodes.Status409Conflict] = ("Thao tác xung đột với trạng thái hiện tại.", "The operation conflicts with the current state."),
        [StatusCodes.Status422UnprocessableEntity] = ("Yêu cầu không thể xử lý.", "The request cannot be processed."),
        [StatusCodes.Status429TooManyRequests] = ("Quá nhiều yêu cầu, vui lòng thử lại sau.", "Too many requests; try again later."),
        [StatusCodes.Status500InternalServerError] = ("Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.", "An unexpected error occurred. Please try again later."),
        [StatusCodes.Status503ServiceUnavailable] = ("Hệ thống tạm thời gián đoạn. Vui lòng thử lại sau ít phút.", "The service is temporarily unavailable. Please try again shortly."),
    };

    /// <summary>The title of <paramref name="status"/> in <paramref name="culture"/> (English or else Vietnamese).</summary>
    public static string? Title(int status, CultureInfo culture)
    {
        if (!Titles.TryGetValue(status, out var title))
        {
            return null;
        }

        return culture.TwoLetterISOLanguageName == "en" ? title.En : title.Vi;
    }
}
