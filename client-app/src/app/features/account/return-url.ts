/** Where to go after signing in: only a path of this site (never another origin), else `fallback`. */
export function safeReturnUrl(value: string | null, fallback: string): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')
    ? value
    : fallback;
}
