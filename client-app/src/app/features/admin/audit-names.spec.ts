import { describe, expect, it } from 'vitest';

import { AUDIT_ENTITY_TYPES, auditName } from './audit-names';

describe('auditName', () => {
  it('names a known use case and entity type in Vietnamese and English', () => {
    expect(auditName('SubmitDossier', 'vi')).toBe('Nộp hồ sơ');
    expect(auditName('SubmitDossier', 'en')).toBe('Submit a dossier');
    expect(auditName('IdempotencyRecord', 'vi')).toBe('Bản ghi chống gửi trùng');
    expect(auditName('IdempotencyRecord', 'en')).toBe('Duplicate-request guard');
  });

  it('splits an unknown name into words and drops a generic argument', () => {
    expect(auditName('ArchiveOldDossiers', 'en')).toBe('Archive old dossiers');
    expect(auditName('IdentityRoleClaim<Guid>', 'vi')).toBe('Identity role claim');
    expect(auditName('OTPCode', 'en')).toBe('Otp code');
  });

  it('shows a dash for no name', () => {
    expect(auditName(null, 'vi')).toBe('—');
  });

  it('offers only entity types it can name', () => {
    for (const type of AUDIT_ENTITY_TYPES)
      expect(auditName(type, 'en')).not.toBe(type.toLowerCase());
  });
});
