import { z } from 'zod';

// Every setting the API reads from the environment, validated once at boot.
// A bad value stops the process with a message naming the variable.

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** A PostgreSQL server. Without it the API starts an embedded PostgreSQL (PGlite). */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  /** Where the embedded database keeps its files. */
  EMBEDDED_DB_DIR: z.string().min(1).default('.data/pglite'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Statement timeout so a stuck query cannot hold a request forever. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600000).default(10000),
  /**
   * Learn each new catalogue version from PostgreSQL's NOTIFY at commit (no version read per
   * catalogue request). Off behind a pooler in transaction mode (PgBouncer), where LISTEN does
   * not work; never used on the embedded database.
   */
  CATALOGUE_VERSION_PUSH: bool.default(true),
  /**
   * Hot statements as named prepared statements (planned once per connection). Off behind a pooler
   * in transaction mode that does not track them (PgBouncer before 1.21, or max_prepared_statements = 0).
   */
  DB_PREPARED_STATEMENTS: bool.default(true),
  /** Run pending migrations at start (the default). */
  MIGRATE_ON_START: bool.default(true),
  /** Load the park's catalogue (idempotent) at start. */
  SEED_ON_START: bool.default(true),
  /** Built storefront to serve at `/`; ignored when the folder does not exist. */
  WEB_DIST_DIR: z.string().min(1).default('dist/apps/web'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest accepted request body in bytes. */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(1024 * 1024),
  /** Sessions end after this long without a request… */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  /** …and after this long in any case. */
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  /** `auto`: Secure cookies when the request came over HTTPS (directly or via a trusted proxy). */
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  /** Trust X-Forwarded-* from a reverse proxy (client IP, protocol). */
  TRUST_PROXY: bool.default(false),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(1000).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).max(10000).default(30),
  /** Distinct accounts one IP may fail to sign in to per window; one more answers 429. */
  LOGIN_MAX_ACCOUNTS_PER_IP: z.coerce.number().int().min(1).max(10000).default(10),
  /** Sign-up attempts per IP and hour (taken addresses included); 0 turns the limit off. */
  REGISTER_MAX_PER_IP_PER_HOUR: z.coerce.number().int().min(0).max(100_000).default(10),
  /** Requests per minute per IP for callers without a live session; 0 turns the limit off. */
  RATE_LIMIT_ANON_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
  /** Extra origins allowed to call the API with credentials (comma-separated); none by default. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url())),
  /**
   * Demo logins (operator@demo.qifu, company@demo.qifu, provider@demo.qifu). `auto`: only on the
   * embedded database. `true` also on a server (browser tests). Never with NODE_ENV=production.
   */
  DEMO_ACCOUNTS: z.enum(['auto', 'true', 'false']).default('auto'),
  /** Working days a provider has to answer a new intent before it is flagged overdue. */
  INTENT_RESPONSE_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(2),
  /** How often to flag newly overdue intents, in seconds (once per period over all processes); 0 turns the sweep off. */
  OVERDUE_SWEEP_SECONDS: z.coerce.number().int().min(0).max(86400).default(300),
  /** How often to flag service-desk problems past a 13710 deadline and tell their people, in seconds (0 turns it off). */
  PROBLEM_OVERDUE_SWEEP_SECONDS: z.coerce.number().int().min(0).max(86400).default(300),
  /** How often the views every process counted reach the daily view counts, in seconds (once per period over all processes); 0: never. */
  VIEW_FOLD_SECONDS: z.coerce.number().int().min(0).max(86400).default(60),
  /**
   * Whether this process works background jobs (and starts the periodic ones). Off, it still
   * queues jobs, for the processes that work them.
   */
  JOBS_ENABLED: bool.default(true),
  /**
   * The queues this process works, comma-separated names or prefixes ending in `*`
   * (`mail.*,sms.*`): a deployment can give exports or mail processes of their own. Default: all.
   */
  JOBS_QUEUES: z
    .string()
    .regex(/^\s*[a-z0-9.*_-]+(\s*,\s*[a-z0-9.*_-]+)*\s*$/, 'must be queue names or prefixes ending in *, separated by commas')
    .default('*')
    .transform((v) => v.split(',').map((p) => p.trim())),
  /** Jobs of one queue this process runs at the same time. */
  JOBS_CONCURRENCY: z.coerce.number().int().min(1).max(20).default(2),
  /** How often an idle worker asks for new jobs, in seconds (pg-boss allows 0.5 at least). */
  JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  /** At shutdown, how long running jobs may take to finish before they are failed (and retried elsewhere). */
  JOBS_STOP_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(300).default(10),
  /** Exports of more rows than this run as a background job with a download link; smaller ones stream at once. */
  EXPORT_JOB_THRESHOLD_ROWS: z.coerce.number().int().min(0).max(100_000_000).default(100_000),
  /** Where export jobs write their files (shared by every API process of a deployment). */
  EXPORT_DIR: z.string().min(1).default('.data/exports'),
  /** How long a finished export can be downloaded; then the cleanup job deletes its file. */
  EXPORT_FILE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(24),
  /** Bearer token for GET /api/metrics; unset: only clients on this machine may read it. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Outgoing mail server (smtp:// or smtps://, user and password in the URL); unset: mails are written to MAIL_OUTBOX_DIR. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  /**
   * The channels besides in-app: `mail`, `sms`, both comma-separated, or `none` (a staging copy that
   * must mail nobody). A channel left out queues nothing; settings and unsubscribe links still work.
   */
  NOTIFY_CHANNELS: z
    .string()
    .regex(/^\s*(none|(mail|sms)(\s*,\s*(mail|sms))*)\s*$/, 'must be mail, sms, both separated by a comma, or none')
    .default('mail,sms')
    .transform((v) => v.split(',').map((c) => c.trim()).filter((c): c is 'mail' | 'sms' => c === 'mail' || c === 'sms')),
  /** The sender of every mail. */
  MAIL_FROM: z.string().min(3).max(200).default('企服超市 Qifu <noreply@qifu.local>'),
  /** Without SMTP_URL, mails land here as .eml files (and SMS, without a gateway, in its sms/ folder). */
  MAIL_OUTBOX_DIR: z.string().min(1).default('.data/outbox'),
  /** The storefront's address as people reach it; links in mails start with it. Default: http://localhost:PORT. */
  PUBLIC_URL: z.url().refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL').optional(),
  /** Signs unsubscribe links (32+ characters). Unset: a random secret kept in the database, shared by every process. */
  APP_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** When the daily digest goes out (cron, China time). */
  MAIL_DIGEST_CRON: z.string().min(9).max(100).default('0 8 * * *'),
  /** On SIGTERM: how long in-flight requests may take to finish before the process closes anyway. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
});

export type AppConfig = z.infer<typeof envSchema>;

export function wantsDemoAccounts(c: AppConfig): boolean {
  if (c.NODE_ENV === 'production') return false;
  return c.DEMO_ACCOUNTS === 'true' || (c.DEMO_ACCOUNTS === 'auto' && !c.DATABASE_URL);
}

/** The base of every link in a mail, without a trailing slash. */
export function publicUrl(c: AppConfig): string {
  return (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, '');
}

export class ConfigError extends Error {}

export function parseConfig(env: NodeJS.ProcessEnv): AppConfig {
  // Empty strings count as unset, as in most deployment tools.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
