import type { Dictionary } from './vi';

/** English dictionary. Typed as `Dictionary`, so it must have exactly the Vietnamese keys. */
export const en: Dictionary = {
  'app.title': 'Online Public Services Portal – Hanoi Department of Education and Training',
  'app.skipToContent': 'Skip to main content',

  'header.portalName': 'Online Public Services Portal',
  'header.agencyName': 'Hanoi Department of Education and Training',
  'header.navLabel': 'Main navigation',
  'header.languageLabel': 'Choose language',

  'nav.home': 'Home',

  'footer.agencyName': 'Hanoi Department of Education and Training',
  'footer.addressLabel': 'Address:',
  'footer.address': '23 Quang Trung Street, Hoàn Kiếm, Hà Nội',
  'footer.hoursLabel': 'Office hours:',
  'footer.hours': 'Monday – Friday, 08:00–12:00, 13:00–17:00',
  'footer.copyright': '© {year} Hanoi Department of Education and Training',

  'home.pageTitle': 'Home',
  'home.heading': 'Welcome to the Online Public Services Portal',
  'home.intro':
    'The Online Public Services Portal of the Hanoi Department of Education and Training lets citizens, parents, students and organisations complete administrative procedures in education and training anytime, anywhere, without visiting the office in person.',
  'home.servicesHeading': 'On this portal you can',
  'home.service.lookup':
    'Look up administrative procedures: required documents, processing times, fees and charges.',
  'home.service.submit':
    'Submit applications online and receive the results without visiting the office.',
  'home.service.pay': 'Pay fees and charges securely online.',
  'home.service.track': 'Check the processing status of applications you have submitted.',
  'home.stats.heading': 'At a glance',
  'home.stats.agencies': 'Agencies:',
  'home.stats.procedures': 'Administrative procedures:',
  'home.stats.loading': 'Loading figures…',
  'home.stats.error': 'The overview figures could not be loaded. Please try again.',
  'home.stats.retry': 'Try again',

  'verify.pageTitle': 'Verify a result',
  'verify.heading': 'Verify the result of an administrative procedure',
  'verify.intro':
    'Enter the verification code printed on the result (or scan its QR code) to see whether it was issued by the competent agency and still stands. You can also choose the result file you hold to compare it with the original.',
  'verify.codeLabel': 'Verification code',
  'verify.codeHint': '12 characters, for example 7KQ4-MZ9T-H2XW; upper or lower case.',
  'verify.codeInvalid':
    'A verification code has 12 digits and letters (no 0, O, 1, I, L, U). Please check it.',
  'verify.submit': 'Verify',
  'verify.loading': 'Checking…',
  'verify.notFound': 'No result has this verification code.',
  'verify.error': 'The check failed. Please try again.',
  'verify.tooMany': 'Too many checks from your address. Wait a moment and try again.',
  'verify.resultHeading': 'About this result',
  'verify.valid': 'Valid result, issued by the competent agency.',
  'verify.revoked': 'This result has been revoked and is no longer valid.',
  'verify.code': 'Verification code',
  'verify.documentType': 'Document',
  'verify.issuer': 'Issued by',
  'verify.issuedOn': 'Issued on',
  'verify.applicant': 'Issued to',
  'verify.sha256': 'SHA-256 hash',
  'verify.compareHeading': 'Compare the file you hold',
  'verify.compareHint':
    'Choose or drop the result PDF. Only the file’s hash is computed to compare it; the file is not kept.',
  'verify.dropLabel': 'Drop the PDF here or choose a file',
  'verify.comparing': 'Comparing {file}…',
  'verify.compareError': 'The file could not be compared. Please try again.',
  'verify.matches': '{file} is identical to the original.',
  'verify.differs': '{file} does NOT match the original: it was changed or is not this result.',
  'verify.presentedHash': 'Hash of the file you chose:',

  'notFound.pageTitle': 'Page not found',
  'notFound.heading': 'Page not found',
  'notFound.message': 'The page you are looking for does not exist or has been moved.',
  'notFound.backHome': 'Back to the home page',
};
