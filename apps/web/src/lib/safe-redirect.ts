function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * Only same-site paths may be followed after sign-in: "/services/1" yes,
 * "//evil.example" and "/\evil.example" (browsers read both as another host) no.
 */
export function safeRedirect(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/')) return null;
  if (value.startsWith('//') || value.startsWith('/\\')) return null;
  // URL parsers drop tabs and newlines, which could hide a "//".
  if (hasControlCharacter(value)) return null;
  return value;
}
