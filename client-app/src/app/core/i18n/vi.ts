/**
 * Vietnamese dictionary: the reference language of the portal.
 * Its keys define `TranslationKey`; every other dictionary must have exactly these keys.
 */
export const vi = {
  'app.title': 'Cổng Dịch vụ công trực tuyến – Sở Giáo dục và Đào tạo Hà Nội',
  'app.skipToContent': 'Bỏ qua đến nội dung chính',

  'header.portalName': 'Cổng Dịch vụ công trực tuyến',
  'header.agencyName': 'Sở Giáo dục và Đào tạo Hà Nội',
  'header.navLabel': 'Điều hướng chính',
  'header.languageLabel': 'Chọn ngôn ngữ',

  'nav.home': 'Trang chủ',

  'footer.agencyName': 'Sở Giáo dục và Đào tạo Hà Nội',
  'footer.addressLabel': 'Địa chỉ:',
  'footer.address': 'Số 23 Quang Trung, Hoàn Kiếm, Hà Nội',
  'footer.hoursLabel': 'Thời gian làm việc:',
  'footer.hours': 'Thứ Hai – Thứ Sáu, 08:00–12:00, 13:00–17:00',
  'footer.copyright': '© {year} Sở Giáo dục và Đào tạo Hà Nội',

  'home.pageTitle': 'Trang chủ',
  'home.heading': 'Chào mừng đến với Cổng Dịch vụ công trực tuyến',
  'home.intro':
    'Cổng Dịch vụ công trực tuyến của Sở Giáo dục và Đào tạo Hà Nội giúp người dân, phụ huynh, học sinh và các tổ chức thực hiện thủ tục hành chính trong lĩnh vực giáo dục và đào tạo mọi lúc, mọi nơi, không cần đến trực tiếp cơ quan giải quyết.',
  'home.servicesHeading': 'Trên Cổng, bạn có thể',
  'home.service.lookup':
    'Tra cứu thủ tục hành chính: thành phần hồ sơ, thời hạn giải quyết, phí và lệ phí.',
  'home.service.submit': 'Nộp hồ sơ trực tuyến và nhận kết quả mà không cần đến trụ sở.',
  'home.service.pay': 'Thanh toán phí, lệ phí trực tuyến an toàn.',
  'home.service.track': 'Tra cứu tình trạng giải quyết hồ sơ đã nộp.',
  'home.stats.heading': 'Số liệu tổng quan',
  'home.stats.agencies': 'Số cơ quan giải quyết:',
  'home.stats.procedures': 'Số thủ tục hành chính:',
  'home.stats.loading': 'Đang tải số liệu…',
  'home.stats.error': 'Không tải được số liệu tổng quan. Vui lòng thử lại.',
  'home.stats.retry': 'Thử lại',

  'nav.catalogue': 'Thủ tục hành chính',
  'catalogue.pageTitle': 'Thủ tục hành chính',
  'catalogue.heading': 'Thủ tục hành chính',
  'catalogue.intro':
    'Tìm thủ tục bạn cần, xem thành phần hồ sơ, thời hạn giải quyết, phí, lệ phí và nộp hồ sơ trực tuyến.',
  'catalogue.searchLabel': 'Tìm thủ tục hành chính',
  'catalogue.q.label': 'Tên hoặc mã thủ tục',
  'catalogue.q.hint': 'Ví dụ: cấp bản sao văn bằng. Có thể gõ không dấu.',
  'catalogue.field.label': 'Lĩnh vực',
  'catalogue.level.label': 'Cấp giải quyết',
  'catalogue.serviceLevel.label': 'Mức độ dịch vụ công',
  'catalogue.all': 'Tất cả',
  'catalogue.submit': 'Tìm kiếm',
  'catalogue.clear': 'Xóa bộ lọc',
  'catalogue.resultsHeading': 'Kết quả tìm kiếm',
  'catalogue.loading': 'Đang tải danh sách thủ tục…',
  'catalogue.found': 'Tìm thấy {count} thủ tục',
  'catalogue.empty': 'Không tìm thấy thủ tục nào phù hợp. Hãy thử từ khóa khác hoặc bỏ bớt bộ lọc.',
  'catalogue.error': 'Không tải được danh sách thủ tục. Vui lòng thử lại.',
  'catalogue.retry': 'Thử lại',
  'catalogue.pager': 'Phân trang',
  'catalogue.previous': 'Trang trước',
  'catalogue.next': 'Trang sau',
  'catalogue.pageOf': 'Trang {page} / {pages}',
  'field.EducationTraining': 'Giáo dục và đào tạo',
  'field.DiplomasCertificates': 'Văn bằng, chứng chỉ',
  'field.ExamsAdmissions': 'Thi, tuyển sinh',
  'level.province': 'Sở Giáo dục và Đào tạo (cấp tỉnh)',
  'level.district': 'Ủy ban nhân dân cấp huyện',
  'level.commune': 'Ủy ban nhân dân cấp xã',
  'serviceLevel.4': 'Toàn trình',
  'serviceLevel.3': 'Một phần',
  'documentForm.Original': 'Bản chính',
  'documentForm.Copy': 'Bản sao',
  'documentForm.CertifiedCopy': 'Bản sao có chứng thực',
  'documentForm.OriginalOrCopy': 'Bản chính hoặc bản sao',
  'procedure.pageTitle': 'Chi tiết thủ tục',
  'procedure.breadcrumbs': 'Đường dẫn',
  'procedure.loading': 'Đang tải thủ tục…',
  'procedure.notFound': 'Không tìm thấy thủ tục',
  'procedure.backToCatalogue': 'Quay lại danh sách thủ tục',
  'procedure.error': 'Không tải được thủ tục. Vui lòng thử lại.',
  'procedure.apply': 'Nộp hồ sơ trực tuyến',
  'procedure.applyLevel4':
    'Thủ tục toàn trình: nộp hồ sơ, thanh toán phí và nhận kết quả trực tuyến.',
  'procedure.applyLevel3': 'Nộp hồ sơ trực tuyến; nhận kết quả tại cơ quan giải quyết.',
  'procedure.code': 'Mã thủ tục',
  'procedure.noCode': 'Chưa có mã quốc gia',
  'procedure.agency': 'Cơ quan giải quyết',
  'procedure.timeLimit': 'Thời hạn giải quyết',
  'procedure.result': 'Kết quả',
  'procedure.documents': 'Thành phần hồ sơ',
  'procedure.copies': 'Số lượng: {count}',
  'procedure.mandatory': 'Bắt buộc',
  'procedure.optional': 'Nếu có',
  'procedure.template': 'Tải mẫu đơn',
  'procedure.steps': 'Trình tự thực hiện',
  'procedure.fees': 'Phí, lệ phí',
  'procedure.noFee': 'Không mất phí.',
  'procedure.feeByRegulation': 'Theo quy định hiện hành',
  'procedure.legalBasis': 'Căn cứ pháp lý',

  'notFound.pageTitle': 'Không tìm thấy trang',
  'notFound.heading': 'Không tìm thấy trang',
  'notFound.message': 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi.',
  'notFound.backHome': 'Quay về trang chủ',
} as const satisfies Record<string, string>;

/** Every key that can be translated. */
export type TranslationKey = keyof typeof vi;

/**
 * Shape of a dictionary: exactly the Vietnamese keys, each mapped to a string.
 * A missing key is a compile error, and so is an unknown key in an object literal.
 */
export type Dictionary = { readonly [K in TranslationKey]: string };
