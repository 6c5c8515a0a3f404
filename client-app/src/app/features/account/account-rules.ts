import type { CitizenRegistration } from '../../core/auth/auth.api';
import type { TranslationKey } from '../../core/i18n';

/** The registration form's values as typed: what the API takes, and the password typed twice. */
export interface RegistrationInput extends CitizenRegistration {
  readonly confirmPassword: string;
}

export type RegistrationErrors = Partial<Record<keyof RegistrationInput, TranslationKey>>;

const MIN_PASSWORD = 10;

/**
 * The checks the browser can make before sending (the API makes the same ones and more, e.g. the province code of a
 * citizen ID): one message per field, the first rule it breaks.
 */
export function checkRegistration(
  input: RegistrationInput,
  today: Date = new Date(),
): RegistrationErrors {
  const errors: RegistrationErrors = {};
  const phone = input.phone.replace(/[\s.-]/g, '');
  if (!input.fullName.trim()) errors.fullName = 'register.error.fullName';
  if (!/^\d{12}$/.test(input.citizenId.trim())) errors.citizenId = 'register.error.citizenId';
  if (!input.dateOfBirth) {
    errors.dateOfBirth = 'register.error.dateOfBirth';
  } else if (new Date(`${input.dateOfBirth}T00:00:00`) >= today) {
    errors.dateOfBirth = 'register.error.dateOfBirthFuture';
  }
  if (!/^0[35789]\d{8}$/.test(phone) && !/^02\d{9}$/.test(phone))
    errors.phone = 'register.error.phone';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email.trim())) errors.email = 'register.error.email';
  const password = checkNewPassword(input.password, input.confirmPassword);
  if (password.newPassword) errors.password = password.newPassword;
  if (password.confirmPassword) errors.confirmPassword = password.confirmPassword;
  return errors;
}

/** The password rules the browser can check (registration's), for a new password typed twice. */
export function checkNewPassword(
  password: string,
  confirmPassword: string,
): Partial<Record<'newPassword' | 'confirmPassword', TranslationKey>> {
  const errors: Partial<Record<'newPassword' | 'confirmPassword', TranslationKey>> = {};
  if (password.length < MIN_PASSWORD) {
    errors.newPassword = 'register.error.passwordLength';
  } else if (!/[A-ZÀ-Ỹ]/.test(password) || !/[a-zà-ỹ]/.test(password) || !/\d/.test(password)) {
    errors.newPassword = 'register.error.passwordMix';
  }
  if (confirmPassword !== password) errors.confirmPassword = 'register.error.confirmPassword';
  return errors;
}
