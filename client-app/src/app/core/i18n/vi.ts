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

  'verify.pageTitle': 'Xác minh kết quả',
  'verify.heading': 'Xác minh kết quả giải quyết thủ tục hành chính',
  'verify.intro':
    'Nhập mã xác minh in trên kết quả (hoặc quét mã QR) để biết kết quả có do cơ quan có thẩm quyền cấp và còn hiệu lực hay không. Bạn có thể chọn tệp kết quả đang có để so sánh với bản gốc.',
  'verify.codeLabel': 'Mã xác minh',
  'verify.codeHint': 'Gồm 12 ký tự, ví dụ 7KQ4-MZ9T-H2XW; không phân biệt chữ hoa, chữ thường.',
  'verify.codeInvalid':
    'Mã xác minh gồm 12 chữ số và chữ cái (không có 0, O, 1, I, L, U). Vui lòng kiểm tra lại.',
  'verify.submit': 'Kiểm tra',
  'verify.loading': 'Đang kiểm tra…',
  'verify.notFound': 'Không tìm thấy kết quả nào có mã xác minh này.',
  'verify.error': 'Không kiểm tra được lúc này. Vui lòng thử lại.',
  'verify.tooMany': 'Bạn đã kiểm tra quá nhiều lần. Vui lòng đợi một lát rồi thử lại.',
  'verify.resultHeading': 'Thông tin kết quả',
  'verify.valid': 'Kết quả hợp lệ, do cơ quan có thẩm quyền cấp.',
  'verify.revoked': 'Kết quả này đã bị thu hồi, không còn giá trị.',
  'verify.code': 'Mã xác minh',
  'verify.documentType': 'Loại kết quả',
  'verify.issuer': 'Cơ quan cấp',
  'verify.issuedOn': 'Ngày cấp',
  'verify.applicant': 'Người được cấp',
  'verify.sha256': 'Mã băm SHA-256',
  'verify.compareHeading': 'So sánh tệp bạn đang có',
  'verify.compareHint':
    'Chọn hoặc kéo thả tệp PDF kết quả. Hệ thống chỉ tính mã băm của tệp để so sánh, không lưu tệp.',
  'verify.dropLabel': 'Kéo thả tệp PDF vào đây hoặc chọn tệp',
  'verify.comparing': 'Đang so sánh tệp {file}…',
  'verify.compareError': 'Không so sánh được tệp. Vui lòng thử lại.',
  'verify.matches': 'Tệp {file} trùng khớp hoàn toàn với bản gốc.',
  'verify.differs':
    'Tệp {file} KHÔNG khớp với bản gốc: tệp đã bị thay đổi hoặc không phải kết quả này.',
  'verify.presentedHash': 'Mã băm của tệp bạn chọn:',

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
