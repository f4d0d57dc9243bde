import { randomBytes } from 'node:crypto';
import { emailSchema, passwordSchema, type MemberRole } from '@qifu/contracts';
import type { DataSource } from 'typeorm';
import type { PasswordHasher } from '../../modules/auth/password-hasher';

export interface CreateOperatorOptions {
  email: string;
  name: string;
  password?: string;
  role: MemberRole;
}

export class CliUsageError extends Error {}

export const CREATE_OPERATOR_USAGE = `Usage: npm run create-operator -- --email <address> --name <display name> [--password <password>] [--role admin|member]
Without --password a strong random password is generated and printed once.`;

export function parseCreateOperatorArgs(argv: string[]): CreateOperatorOptions {
  const opts: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(email|name|password|role)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new CliUsageError(`Unknown argument "${argv[i]}".\n${CREATE_OPERATOR_USAGE}`);
    opts[m[1]] = m[2] ?? argv[++i] ?? '';
  }
  const email = emailSchema.safeParse(opts['email'] ?? '');
  if (!email.success) throw new CliUsageError(`--email must be an e-mail address.\n${CREATE_OPERATOR_USAGE}`);
  const name = (opts['name'] ?? '').trim();
  if (!name || name.length > 40) throw new CliUsageError(`--name is required (at most 40 characters).\n${CREATE_OPERATOR_USAGE}`);
  const role = (opts['role'] ?? 'admin') as MemberRole;
  if (role !== 'admin' && role !== 'member') throw new CliUsageError(`--role must be admin or member.`);
  if (opts['password'] !== undefined && !passwordSchema.safeParse(opts['password']).success) {
    throw new CliUsageError('--password must be 12 to 128 characters.');
  }
  return { email: email.data, name, password: opts['password'], role };
}

/** Creates an operator account (or refuses if the address is taken); returns the password used. */
export async function createOperator(db: DataSource, hasher: PasswordHasher, o: CreateOperatorOptions): Promise<string> {
  const password = o.password ?? randomBytes(15).toString('base64url');
  const rows: unknown[] = await db.query(
    `INSERT INTO app_user (email, password_hash, display_name, org_kind, role)
     VALUES ($1, $2, $3, 'operator', $4) ON CONFLICT (email) DO NOTHING RETURNING id`,
    [o.email, await hasher.hash(password), o.name, o.role],
  );
  if (!rows.length) throw new CliUsageError(`An account with the address ${o.email} already exists.`);
  return password;
}
