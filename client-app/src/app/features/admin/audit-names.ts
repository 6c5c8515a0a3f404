import type { Lang } from '../../core/i18n';

/**
 * The audit trail's technical names in words: the use cases (MediatR requests, the trail's "action") and the entity types
 * (EF Core entity names). One mapping for both languages; a name it does not know is split into words ("SaveDraft" →
 * "Save draft"), so a new use case shows readably before it is added here.
 */
const NAMES: Readonly<Record<string, readonly [vi: string, en: string]>> = {
  // Use cases.
  ApproveDossier: ['Phê duyệt hồ sơ', 'Approve a dossier'],
  AssignDossier: ['Phân công xử lý', 'Assign a dossier'],
  AttachFile: ['Đính kèm tệp', 'Attach a file'],
  CreateOfficial: ['Tạo tài khoản cán bộ', 'Create an official account'],
  CreateProcedure: ['Tạo thủ tục', 'Create a procedure'],
  CreateWebhook: ['Tạo webhook', 'Create a webhook'],
  DeleteWebhook: ['Xóa webhook', 'Delete a webhook'],
  DisableApiClient: ['Vô hiệu hóa ứng dụng tích hợp', 'Disable an integrator'],
  EditProcedure: ['Sửa thủ tục', 'Edit a procedure'],
  ForwardDossier: ['Chuyển hồ sơ', 'Forward a dossier'],
  GenerateResult: ['Tạo kết quả điện tử', 'Generate the electronic result'],
  IssueApology: ['Phát hành thư xin lỗi', 'Issue an apology'],
  IssueResult: ['Đính kèm kết quả điện tử', 'Attach the electronic result'],
  LockOfficial: ['Khóa tài khoản cán bộ', 'Lock an official account'],
  MarkNotificationRead: ['Đánh dấu đã đọc thông báo', 'Mark a notification read'],
  ProposeCalendarYear: ['Đề xuất lịch năm', 'Propose a calendar year'],
  ProvideSupplement: ['Bổ sung hồ sơ', 'Provide a supplement'],
  PublishProcedure: ['Công bố thủ tục', 'Publish a procedure'],
  RateDossier: ['Đánh giá mức độ hài lòng', 'Rate a dossier'],
  ReassignDossier: ['Phân công lại', 'Reassign a dossier'],
  RebuildStatistics: ['Tính lại số liệu thống kê', 'Rebuild the statistics'],
  ReceiveDossier: ['Tiếp nhận hồ sơ', 'Receive a dossier'],
  ReceivePaymentNotification: ['Nhận thông báo thanh toán', 'Receive a payment notification'],
  ReceiveWalkInDossier: ['Tiếp nhận hồ sơ trực tiếp', 'Receive a walk-in dossier'],
  RecordResultData: ['Nhập dữ liệu kết quả', 'Record the result data'],
  RecordUncollectedResult: ['Ghi nhận kết quả không được nhận', 'Record an uncollected result'],
  RedeliverWebhook: ['Gửi lại webhook', 'Redeliver a webhook'],
  RefreshSession: ['Gia hạn phiên đăng nhập', 'Refresh a session'],
  RefuseDossier: ['Từ chối giải quyết', 'Refuse a dossier'],
  RegisterApiClient: ['Đăng ký ứng dụng tích hợp', 'Register an integrator'],
  RegisterCitizen: ['Đăng ký tài khoản công dân', 'Register a citizen'],
  RegisterOrganisation: ['Đăng ký tài khoản tổ chức', 'Register an organisation'],
  RejectAtReception: ['Từ chối tiếp nhận', 'Reject at reception'],
  RemoveFile: ['Gỡ tệp đính kèm', 'Remove a file'],
  RequestSupplement: ['Yêu cầu bổ sung', 'Request a supplement'],
  ResetOfficialPassword: ['Đặt lại mật khẩu cán bộ', 'Reset an official password'],
  ReturnResult: ['Trả kết quả', 'Return the result'],
  ReturnToSpecialist: ['Trả lại chuyên viên', 'Return to the specialist'],
  RotateApiClientSecret: ['Đổi khóa bí mật ứng dụng tích hợp', 'Rotate an integrator secret'],
  RotateWebhookSecret: ['Đổi khóa bí mật webhook', 'Rotate a webhook secret'],
  SaveCalendarYear: ['Lưu lịch năm', 'Save a calendar year'],
  SaveDraft: ['Lưu bản nháp', 'Save a draft'],
  SetOfficialRoles: ['Phân vai trò cán bộ', 'Set official roles'],
  SetProcedureListing: ['Ẩn/hiện thủ tục', 'Show or hide a procedure'],
  SignInWithExternalProvider: ['Đăng nhập bằng VNeID', 'Sign in with VNeID'],
  SignInWithPassword: ['Đăng nhập', 'Sign in'],
  SignOutSession: ['Đăng xuất', 'Sign out'],
  StartDossier: ['Tạo hồ sơ', 'Start a dossier'],
  StartPayment: ['Bắt đầu thanh toán', 'Start a payment'],
  StopProcessing: ['Dừng xử lý', 'Stop processing'],
  SubmitDossier: ['Nộp hồ sơ', 'Submit a dossier'],
  SubmitForApproval: ['Trình phê duyệt', 'Submit for approval'],
  UnlockOfficial: ['Mở khóa tài khoản cán bộ', 'Unlock an official account'],
  UpdateWebhook: ['Sửa webhook', 'Update a webhook'],
  WithdrawDossier: ['Rút hồ sơ', 'Withdraw a dossier'],
  // Entity types.
  AdministrativeLevel: ['Cấp hành chính', 'Administrative level'],
  Agency: ['Cơ quan', 'Agency'],
  ApiClient: ['Ứng dụng tích hợp', 'Integrator'],
  ApplicationUser: ['Tài khoản', 'Account'],
  CalendarYear: ['Lịch làm việc năm', 'Working calendar year'],
  CollectionReminder: ['Nhắc nhận kết quả', 'Collection reminder'],
  Dossier: ['Hồ sơ', 'Dossier'],
  DossierAttachment: ['Tệp đính kèm hồ sơ', 'Dossier attachment'],
  GatewayMessage: ['Thông điệp cổng thanh toán', 'Payment gateway message'],
  IdempotencyRecord: ['Bản ghi chống gửi trùng', 'Duplicate-request guard'],
  Notification: ['Thông báo', 'Notification'],
  OutboxMessage: ['Thông điệp chờ gửi', 'Outgoing message'],
  OverdueDigest: ['Bản tin quá hạn', 'Overdue digest'],
  Payment: ['Thanh toán', 'Payment'],
  Procedure: ['Thủ tục', 'Procedure'],
  ProcedureVersion: ['Phiên bản thủ tục', 'Procedure version'],
  ProcessingStep: ['Bước xử lý', 'Processing step'],
  RefreshToken: ['Phiên đăng nhập', 'Session'],
  ResultDocument: ['Kết quả điện tử', 'Electronic result'],
  StagedFile: ['Tệp tải lên tạm', 'Staged upload'],
  StepReminder: ['Nhắc hạn bước xử lý', 'Step reminder'],
  WebhookDelivery: ['Lượt gửi webhook', 'Webhook delivery'],
  WebhookSubscription: ['Đăng ký webhook', 'Webhook subscription'],
  'IdentityUserRole<Guid>': ['Vai trò của tài khoản', 'Account role'],
  'IdentityUserClaim<Guid>': ['Thuộc tính tài khoản', 'Account claim'],
  'IdentityUserLogin<Guid>': ['Liên kết đăng nhập', 'External sign-in link'],
};

/** The entity types the viewer's filter offers, by technical name (the API filters by it). */
export const AUDIT_ENTITY_TYPES: readonly string[] = [
  'Dossier',
  'ProcessingStep',
  'DossierAttachment',
  'ResultDocument',
  'Payment',
  'ApplicationUser',
  'Agency',
  'Procedure',
  'ProcedureVersion',
  'CalendarYear',
  'ApiClient',
  'WebhookSubscription',
  'IdempotencyRecord',
];

/** A technical name in words, in `lang`; an unknown one split into words, a generic's argument dropped. */
export function auditName(name: string | null | undefined, lang: Lang): string {
  if (!name) return '—';
  const known = NAMES[name];
  if (known) return lang === 'en' ? known[1] : known[0];
  const words = name
    .replace(/<.*>$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
