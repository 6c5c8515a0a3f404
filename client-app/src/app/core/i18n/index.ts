export * from './languages';
export * from './translate.pipe';
export * from './translation.service';
export type { Dictionary, TranslationKey } from './vi';
