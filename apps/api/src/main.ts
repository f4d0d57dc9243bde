import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory';
import { closeOnSignals } from './common/http/graceful-shutdown';
import { ConfigError, parseConfig, wantsDemoAccounts, type AppConfig } from './config/env.schema';
import { CliUsageError, createOperator, parseCreateOperatorArgs } from './database/cli/create-operator';
import { createDataSource } from './database/data-source';
import { formatHoldout, recommendationsHoldout } from './database/cli/recommendations-holdout';
import { assertDatabaseCtype, UnsuitableDatabaseError } from './database/database-guards';
import { EMBEDDED_POOL_SIZE, startEmbeddedPostgres, type EmbeddedPostgres } from './database/embedded-postgres';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts } from './database/seed/demo-accounts';
import { runSeed } from './database/seed/seed';
import { PasswordHasher } from './modules/auth/password-hasher';
import { mailDestination } from './modules/mail/mail-transport';

interface Database {
  url: string;
  poolSize: number;
  embedded?: EmbeddedPostgres;
}

async function openDatabase(config: AppConfig): Promise<Database> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, poolSize: config.DB_POOL_SIZE };
  const embedded = await startEmbeddedPostgres(config.EMBEDDED_DB_DIR);
  return { url: embedded.url, poolSize: EMBEDDED_POOL_SIZE, embedded };
}

async function prepareSchema(config: AppConfig, dataSource: DataSource): Promise<void> {
  await assertDatabaseCtype(dataSource);
  if (config.MIGRATE_ON_START) await dataSource.runMigrations({ transaction: 'each' });
}

async function serve(config: AppConfig): Promise<void> {
  const logger = new Logger('Bootstrap');
  const db = await openDatabase(config);
  const app = await createApp(config, {
    url: db.url,
    poolSize: db.poolSize,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    preparedStatements: !db.embedded && config.DB_PREPARED_STATEMENTS,
    listen: !db.embedded && config.CATALOGUE_VERSION_PUSH,
    embedded: !!db.embedded,
  });
  const dataSource = app.get(DataSource);
  await prepareSchema(config, dataSource);
  if (config.SEED_ON_START) {
    const seeded = await runSeed(dataSource);
    logger.log(`Seed: ${JSON.stringify(seeded)} rows added`);
    if (wantsDemoAccounts(config)) await seedDemoAccounts(dataSource, app.get(PasswordHasher));
  }
  if (db.embedded) {
    const stopEmbedded = db.embedded.stop;
    app.getHttpAdapter().getInstance().addHook('onClose', async () => stopEmbedded());
  }

  closeOnSignals(app, config.SHUTDOWN_GRACE_MS, logger);
  await app.listen(config.PORT, config.HOST);
  const address = `http://localhost:${config.PORT}`;
  const where = db.embedded ? `embedded PostgreSQL in ${config.EMBEDDED_DB_DIR}` : 'DATABASE_URL';
  const demo = wantsDemoAccounts(config) && config.SEED_ON_START
    ? `\n  Demo logins (password: ${DEMO_PASSWORD}):\n${DEMO_ACCOUNTS.map((a) => `    ${a.email.padEnd(20)} ${a.displayName}`).join('\n')}\n`
    : '';
  // Plain lines for the person who just ran `npm start`; the logs stay JSON.
  process.stdout.write(
    `\n  企服超市 Qifu is running\n    storefront: ${address}/\n    API:        ${address}/api\n    API docs:   ${address}/api/docs\n    database:   ${where}\n    mail:       ${mailDestination(config)}\n${demo}\n`,
  );
}

async function runCreateOperator(config: AppConfig, argv: string[]): Promise<void> {
  const options = parseCreateOperatorArgs(argv);
  const db = await openDatabase(config);
  const dataSource = createDataSource({ url: db.url, poolSize: 1, statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS });
  try {
    await dataSource.initialize();
    await prepareSchema(config, dataSource);
    const password = await createOperator(dataSource, new PasswordHasher(), options);
    process.stdout.write(
      `Operator account created: ${options.email} (${options.role})\n` +
        (options.password ? '' : `Generated password (shown once): ${password}\n`),
    );
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await db.embedded?.stop();
  }
}

// Measures the recommendations on the seeded history (the seed is loaded first, idempotently).
async function runRecommendationsHoldout(config: AppConfig): Promise<void> {
  const db = await openDatabase(config);
  const dataSource = createDataSource({ url: db.url, poolSize: 2, statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS });
  try {
    await dataSource.initialize();
    await prepareSchema(config, dataSource);
    if (config.SEED_ON_START) await runSeed(dataSource);
    process.stdout.write(`${formatHoldout(await recommendationsHoldout(dataSource))}\n`);
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await db.embedded?.stop();
  }
}

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const [command, ...args] = process.argv.slice(2);
  if (command === 'create-operator') return runCreateOperator(config, args);
  if (command === 'recommendations-holdout') return runRecommendationsHoldout(config);
  if (command) throw new CliUsageError(`Unknown command "${command}". Commands: create-operator, recommendations-holdout.`);
  return serve(config);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof UnsuitableDatabaseError || err instanceof CliUsageError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`Qifu could not start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exit(1);
});
