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

  'notFound.pageTitle': 'Page not found',
  'notFound.heading': 'Page not found',
  'notFound.message': 'The page you are looking for does not exist or has been moved.',
  'notFound.backHome': 'Back to the home page',
};
