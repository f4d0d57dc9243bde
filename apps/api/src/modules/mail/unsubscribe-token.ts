import { NOTIFICATION_KINDS, type NotificationKind } from '@qifu/contracts';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../common/errors/app-error';

// The unsubscribe link's token: a base64url JSON payload (user, kinds, expiry) and its
// HMAC-SHA256 under the app's secret. It names the settings it may turn off and nothing else, so
// a forwarded mail lets its reader switch off that mail, no more.

/** A link in an old mail still works for half a year. */
export const UNSUBSCRIBE_VALID_DAYS = 180;

export interface UnsubscribeClaim {
  userId: string;
  kinds: NotificationKind[];
}

interface Payload {
  u: string;
  k: NotificationKind[];
  /** Expiry, seconds since the epoch. */
  e: number;
}

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function mac(key: Buffer, payload: string): Buffer {
  return createHmac('sha256', key).update(`unsubscribe.${payload}`).digest();
}

export function signUnsubscribe(key: Buffer, claim: UnsubscribeClaim, now = Date.now()): string {
  const payload: Payload = { u: claim.userId, k: claim.kinds, e: Math.floor(now / 1000) + UNSUBSCRIBE_VALID_DAYS * 86400 };
  const body = b64(JSON.stringify(payload));
  return `${body}.${b64(mac(key, body))}`;
}

export function verifyUnsubscribe(key: Buffer, token: string, now = Date.now()): UnsubscribeClaim {
  const [body, sig] = token.split('.');
  const invalid = () => new AppError('UNSUBSCRIBE_TOKEN_INVALID', 'This unsubscribe link is not valid.');
  if (!body || !sig) throw invalid();
  const expected = mac(key, body);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  let p: Payload;
  try {
    p = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Payload;
  } catch {
    throw invalid();
  }
  // Signed by us, so well-formed; checked anyway (a secret reused elsewhere must not widen it).
  if (typeof p.u !== 'string' || !UUID.test(p.u) || !Array.isArray(p.k) || !p.k.length || !p.k.every((k) => NOTIFICATION_KINDS.includes(k)) || typeof p.e !== 'number') throw invalid();
  if (p.e * 1000 < now) throw new AppError('UNSUBSCRIBE_TOKEN_EXPIRED', 'This unsubscribe link has expired; change the setting on your account page.');
  return { userId: p.u, kinds: [...new Set(p.k)] };
}
