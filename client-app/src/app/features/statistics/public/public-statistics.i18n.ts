import type { Lang } from '../../../core/i18n';

/**
 * The texts of the public statistics page. They live with the page (loaded with it) rather than in the portal's
 * dictionaries, which are part of the initial bundle; the page's heading, title and column names stay there.
 */
const vi = {
  asOf: 'Số liệu từ {from} đến {to}, tính lúc {time} (giờ Hà Nội).',
  notComputed: 'Số liệu năm {year} chưa được tổng hợp lần nào; các con số dưới đây đều bằng 0.',
  daily: 'Số liệu được tổng hợp lại hằng đêm.',
  cityHeading: 'Toàn thành phố năm {year}',
  received: 'Hồ sơ tiếp nhận',
  online: 'Nộp trực tuyến',
  onlineOf: '{count} trên {total} hồ sơ',
  resolved: 'Đã giải quyết',
  onTime: 'Giải quyết đúng hạn',
  onTimeOf: '{count} trên {total} hồ sơ',
  noShare: 'chưa có hồ sơ',
  onTimeHeading: 'Giải quyết đúng hạn',
  onTimeSentence:
    '{onTime} hồ sơ ({onTimeShare}) được giải quyết đúng hạn hoặc trước hạn, {late} hồ sơ ({lateShare}) trễ hạn.',
  onTimeNone: 'Chưa có hồ sơ nào được giải quyết trong năm.',
  onTimeLegend: 'Đúng hoặc trước hạn',
  lateLegend: 'Trễ hạn',
  monthsHeading: 'Hồ sơ theo tháng',
  monthsSummary:
    'Biểu đồ cột: hồ sơ tiếp nhận và đã giải quyết của toàn thành phố từng tháng. Các con số có trong bảng bên dưới.',
  monthsTable: 'Xem số liệu từng tháng dạng bảng',
  month: 'Tháng',
  receivedLegend: 'Tiếp nhận',
  resolvedLegend: 'Đã giải quyết',
  agenciesHeading: 'Theo cơ quan giải quyết',
  search: 'Tìm cơ quan',
  searchHint: 'Gõ tên cơ quan, có dấu hoặc không dấu. Ví dụ: hoan kiem',
  showEmpty: 'Hiện cả cơ quan chưa có hồ sơ',
  shown: 'Đang hiện {shown} trên {total} cơ quan.',
  hidden: '{count} cơ quan chưa có hồ sơ nào trong năm đang được ẩn.',
  noMatch: 'Không có cơ quan nào khớp với “{query}”.',
  sortBy: 'Sắp xếp theo {column}',
  tableCaption: 'Hồ sơ của từng cơ quan năm {year}',
  online2: 'Trực tuyến',
  onTime2: 'Đúng hạn',
} as const;

export type PublicStatsKey = keyof typeof vi;

const en: Record<PublicStatsKey, string> = {
  asOf: 'Figures from {from} to {to}, computed at {time} (Hanoi time).',
  notComputed: 'The figures of {year} have not been computed yet; every number below is zero.',
  daily: 'The figures are recomputed every night.',
  cityHeading: 'The whole city in {year}',
  received: 'Dossiers received',
  online: 'Submitted online',
  onlineOf: '{count} of {total} dossiers',
  resolved: 'Resolved',
  onTime: 'Resolved on time',
  onTimeOf: '{count} of {total} dossiers',
  noShare: 'no dossiers yet',
  onTimeHeading: 'Resolved on time',
  onTimeSentence:
    '{onTime} dossiers ({onTimeShare}) were resolved on time or early, {late} ({lateShare}) late.',
  onTimeNone: 'No dossier has been resolved this year yet.',
  onTimeLegend: 'On time or early',
  lateLegend: 'Late',
  monthsHeading: 'Dossiers by month',
  monthsSummary:
    "Bar chart: the city's dossiers received and resolved each month. The numbers are in the table below.",
  monthsTable: 'Show the monthly figures as a table',
  month: 'Month',
  receivedLegend: 'Received',
  resolvedLegend: 'Resolved',
  agenciesHeading: 'By deciding agency',
  search: 'Find an agency',
  searchHint: "Type the agency's name, with or without diacritics. Example: hoan kiem",
  showEmpty: 'Also show agencies without dossiers',
  shown: 'Showing {shown} of {total} agencies.',
  hidden: '{count} agencies without any dossier this year are hidden.',
  noMatch: 'No agency matches “{query}”.',
  sortBy: 'Sort by {column}',
  tableCaption: 'Dossiers of each agency in {year}',
  online2: 'Online',
  onTime2: 'On time',
};

export const PUBLIC_STATS_TEXT: Readonly<Record<Lang, Readonly<Record<PublicStatsKey, string>>>> = {
  vi,
  en,
};

/** The text of `key` in `lang`, with `{name}` placeholders replaced. */
export function publicStatsText(
  lang: Lang,
  key: PublicStatsKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return PUBLIC_STATS_TEXT[lang][key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}
