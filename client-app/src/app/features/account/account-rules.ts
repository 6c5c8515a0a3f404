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
  if (input.password.length < MIN_PASSWORD) {
    errors.password = 'register.error.passwordLength';
  } else if (
    !/[A-ZÀ-Ỹ]/.test(input.password) ||
    !/[a-zà-ỹ]/.test(input.password) ||
    !/\d/.test(input.password)
  ) {
    errors.password = 'register.error.passwordMix';
  }
  if (input.confirmPassword !== input.password)
    errors.confirmPassword = 'register.error.confirmPassword';
  return errors;
}
