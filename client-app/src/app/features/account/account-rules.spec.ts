import { describe, expect, it } from 'vitest';

import { type RegistrationInput, checkRegistration } from './account-rules';

const VALID: RegistrationInput = {
  fullName: 'Nguyễn Văn An',
  citizenId: '001208012345',
  dateOfBirth: '2008-05-01',
  phone: '0912 345 678',
  email: 'an.nguyen@example.vn',
  password: 'MatKhau2026',
  confirmPassword: 'MatKhau2026',
};

describe('checkRegistration', () => {
  it('accepts a complete, valid form', () => {
    expect(checkRegistration(VALID, new Date('2026-11-24'))).toEqual({});
  });

  it('names each field that breaks a rule, once', () => {
    const errors = checkRegistration(
      {
        ...VALID,
        fullName: ' ',
        citizenId: '12345',
        phone: '0123',
        email: 'an@',
        password: 'short',
        confirmPassword: 'other',
      },
      new Date('2026-11-24'),
    );

    expect(errors).toEqual({
      fullName: 'register.error.fullName',
      citizenId: 'register.error.citizenId',
      phone: 'register.error.phone',
      email: 'register.error.email',
      password: 'register.error.passwordLength',
      confirmPassword: 'register.error.confirmPassword',
    });
  });

  it('wants upper case, lower case and a digit, and a birth date in the past', () => {
    const errors = checkRegistration(
      {
        ...VALID,
        password: 'matkhaudai2026',
        confirmPassword: 'matkhaudai2026',
        dateOfBirth: '2030-01-01',
      },
      new Date('2026-11-24'),
    );

    expect(errors).toEqual({
      password: 'register.error.passwordMix',
      dateOfBirth: 'register.error.dateOfBirthFuture',
    });
  });

  it('accepts an 11-digit landline', () => {
    expect(
      checkRegistration({ ...VALID, phone: '024.3825.1234' }, new Date('2026-11-24')).phone,
    ).toBeUndefined();
  });
});
