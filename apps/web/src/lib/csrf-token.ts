// The session's CSRF token lives in memory only (never in web storage): the `me` query cache is
// its source, and this mirror lets the API client read it without a React context.
let current: string | null = null;

export function getCsrfToken(): string | null {
  return current;
}

export function setCsrfToken(token: string | null): void {
  current = token;
}
