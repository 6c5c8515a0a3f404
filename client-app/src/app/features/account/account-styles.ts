/** Styles shared by the account pages' notices and next steps (kept beside them rather than in the global sheet). */
export const ACCOUNT_NOTICE_STYLES = `
  .account-notice {
    margin: 0 0 1.25rem;
    padding: 0.75rem 1rem;
    border-left: 4px solid var(--color-brand);
    border-radius: 0.25rem;
    background: var(--color-surface-alt);
    color: var(--color-text);
  }
  .account-notice--error {
    border-left-color: var(--color-error);
    background: var(--color-error-bg);
  }
  .next-steps {
    margin-bottom: 1.5rem;
  }
  .next-steps h2 {
    margin-top: 0;
    font-size: 1.25rem;
  }
  .next-steps__list {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    margin: 0;
    padding-left: 1.25rem;
  }
  .next-steps__hint {
    display: block;
    color: var(--color-text-muted);
  }
`;
