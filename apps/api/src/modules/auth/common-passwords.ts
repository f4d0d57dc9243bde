// Passwords that meet the length rule but appear at the top of breach lists. Compared after
// lower-casing; also refused: one repeated character, and a run of consecutive digits or keys.
export const COMMON_PASSWORDS = new Set([
  'password1234', 'password12345', 'password123456', 'passwordpassword', 'password1234567',
  '123456789012', '1234567890123', '12345678901234', '123123123123', '112233445566',
  '123456123456', '123412341234', '987654321098', '147258369147', '159357159357',
  'qwertyuiop12', 'qwerty123456', 'qwertyuiopas', 'qwertyuiopasdf', 'qwertyqwerty',
  '1q2w3e4r5t6y', '1qaz2wsx3edc', 'zaq12wsxcde3', 'q1w2e3r4t5y6', 'asdfghjkl123',
  'iloveyou1234', 'abc123456789', 'abcdefghijkl', 'abcd12345678', 'admin1234567',
  'administrator', 'welcome12345', 'letmein12345', 'changeme1234', 'trustno11234',
  'football1234', 'baseball1234', 'superman1234', 'sunshine1234', 'princess1234',
  'woaini1314520', '5201314520131', 'woaini520131', 'aini13145200', 'a123456789012',
  'p@ssw0rd1234', 'p@ssword1234', 'passw0rd1234', 'mypassword12', 'secretpassword',
  'qifuqifuqifu', 'qifu12345678', 'qifupassword',
]);

const SEQUENCES = ['01234567890123456789', 'qwertyuiopasdfghjklzxcvbnm', 'abcdefghijklmnopqrstuvwxyz'];

export function isCommonPassword(password: string): boolean {
  const p = password.toLowerCase();
  if (COMMON_PASSWORDS.has(p)) return true;
  if (/^(.)\1+$/.test(p)) return true;
  return SEQUENCES.some((seq) => seq.includes(p) || seq.split('').reverse().join('').includes(p));
}
