import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController } from 'fastify';
import { AppModule } from './app.module';
import { AllExceptionsFilter, type SpaFallback } from './common/errors/all-exceptions.filter';
import { clientErrorHandler, frameworkErrorHandler } from './common/errors/framework-errors';
import { registerClosingConnections } from './common/http/graceful-shutdown';
import { registerFileBodyParser } from './common/http/file-body-parser';
import { registerFormBodyParser, registerJsonBodyParser } from './common/http/json-body-parser';
import { registerTextGuard } from './common/http/text-guard';
import { registerRequestLogging } from './common/http/request-logging';
import { SessionsService } from './modules/auth/sessions.service';
import { CatalogueCache } from './modules/listings/catalogue-cache';
import { MetricsService } from './modules/metrics/metrics.service';
import { registerRateLimit } from './modules/rate-limit/rate-limit.hook';
import { RateLimitCounter } from './modules/rate-limit/shared-rate-counter';
import type { AppConfig } from './config/env.schema';
import type { DataSourceSettings } from './database/data-source';

const NEST_LEVELS: Record<AppConfig['LOG_LEVEL'], LogLevel[]> = {
  trace: ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'],
  debug: ['debug', 'log', 'warn', 'error', 'fatal'],
  info: ['log', 'warn', 'error', 'fatal'],
  warn: ['warn', 'error', 'fatal'],
  error: ['error', 'fatal'],
  fatal: ['fatal'],
  silent: [],
};

export interface AppOptions {
  /** Prefix of the shared rate-limit keys: one per deployment; the HTTP tests give each app its own. */
  rateLimitNamespace?: string;
}

// Builds the whole HTTP application; main.ts and the HTTP tests both use it, so tests exercise
// exactly the pipeline users hit (filters, validation, logging, static files).
export async function createApp(config: AppConfig, database: DataSourceSettings, options: AppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
    // Fastify's own two lines per request are replaced by one line in registerRequestLogging.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.BODY_LIMIT_BYTES,
    // A client's own x-request-id would put ids of its choosing in our logs; only a trusted proxy's
    // header is taken, otherwise every request gets an id generated here.
    requestIdHeader: config.TRUST_PROXY ? 'x-request-id' : false,
    trustProxy: config.TRUST_PROXY,
    genReqId: () => randomUUID(),
    frameworkErrors: frameworkErrorHandler,
    // See registerClosingConnections: a request on an open connection while closing is served.
    return503OnClosing: false,
    clientErrorHandler,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, database), adapter, {
    logger: new ConsoleLogger({ json: true, logLevels: NEST_LEVELS[config.LOG_LEVEL] }),
    // JSON bodies are parsed by registerJsonBodyParser below (coded errors, poisoning refused).
    bodyParser: false,
  });
  app.setGlobalPrefix('api');

  const fastify = app.getHttpAdapter().getInstance();
  registerRequestLogging(fastify);
  registerClosingConnections(fastify);
  app.get(MetricsService).attach(fastify);
  registerJsonBodyParser(fastify);
  registerFormBodyParser(fastify);
  registerFileBodyParser(fastify);
  registerTextGuard(fastify);
  app.get(RateLimitCounter).namespace = options.rateLimitNamespace ?? '';
  await registerSecurity(app, config);
  // After the security hooks (headers, rate limits), before Nest's routing: kept catalogue answers.
  app.get(CatalogueCache).attach(fastify);
  const spa = await serveStorefront(app, config.WEB_DIST_DIR);
  // Nest routes Fastify's own errors (bad JSON, body too large) through this filter as well.
  app.useGlobalFilters(new AllExceptionsFilter(spa));

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Qifu 企服超市 API')
      .setDescription('The enterprise service supermarket of the 梧桐园区: catalogue of providers and services.')
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}

const HELMET_OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Ant Design injects its CSS-in-JS as <style> elements at run time.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
    },
  },
  crossOriginEmbedderPolicy: false,
};

// What @fastify/helmet sets on a response with these options, read once from a throwaway server.
async function securityHeaders(options: FastifyHelmetOptions): Promise<Record<string, string>> {
  const probe = Fastify();
  await probe.register(fastifyHelmet, options);
  probe.get('/', async () => '');
  const res = await probe.inject('/');
  await probe.close();
  const own = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);
  return Object.fromEntries(Object.entries(res.headers).filter(([k]) => !own.has(k)).map(([k, v]) => [k, String(v)]));
}

// JSON answers are not documents: no script runs in them, so the policy forbids everything
// (OWASP's REST guidance) and the document-only headers (COOP, Origin-Agent-Cluster, the legacy
// X-* switches for old browsers) are left to the pages. Fewer bytes on the busiest answers.
const API_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

/** Whether a URL is a JSON answer of the API (the docs page is a document). */
const isApiAnswer = (url: string) => url.startsWith('/api/') && !url.startsWith('/api/docs');

async function registerSecurity(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  await app.register(fastifyCookie);
  const pageHeaders = await securityHeaders(HELMET_OPTIONS);
  // The headers do not depend on the request (no CSP nonces): set the ones @fastify/helmet
  // produces, computed once, instead of rebuilding helmet's middleware on every request.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (req, reply, done) => {
      void reply.headers(isApiAnswer(req.url) ? API_HEADERS : pageHeaders);
      done();
    });
  // Same-origin by default: the storefront is served from this origin. Other origins only when listed.
  if (config.CORS_ORIGINS.length) {
    await app.register(fastifyCors, { origin: config.CORS_ORIGINS, credentials: true });
  }
  if (config.RATE_LIMIT_ANON_PER_MINUTE > 0) {
    registerRateLimit(app.getHttpAdapter().getInstance(), {
      perMinute: config.RATE_LIMIT_ANON_PER_MINUTE,
      counter: app.get(RateLimitCounter),
      sessions: app.get(SessionsService),
    });
  }
}

// Serves the built storefront at `/` so one origin carries the site and `/api`.
async function serveStorefront(app: NestFastifyApplication, dir: string): Promise<SpaFallback | undefined> {
  const root = resolve(dir);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) return undefined;
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    setHeaders(reply, path) {
      // Vite fingerprints everything under assets/, so it can be cached for good.
      void reply.header('cache-control', path.startsWith(join(root, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return { indexHtml: readFileSync(indexFile, 'utf8') };
}
