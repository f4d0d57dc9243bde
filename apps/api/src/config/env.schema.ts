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
  /** Run pending migrations at start (the default). */
  MIGRATE_ON_START: bool.default(true),
  /** Load the park's catalogue (idempotent) at start. */
  SEED_ON_START: bool.default(true),
  /** Built storefront to serve at `/`; ignored when the folder does not exist. */
  WEB_DIST_DIR: z.string().min(1).default('dist/apps/web'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest accepted request body in bytes. */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(1024 * 1024),
});

export type AppConfig = z.infer<typeof envSchema>;

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
