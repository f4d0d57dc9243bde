import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import fastifyStatic from '@fastify/static';
import { LogController } from 'fastify';
import { AppModule } from './app.module';
import { AllExceptionsFilter, type SpaFallback } from './common/errors/all-exceptions.filter';
import { registerRequestLogging } from './common/http/request-logging';
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

// Builds the whole HTTP application; main.ts and the HTTP tests both use it, so tests exercise
// exactly the pipeline users hit (filters, validation, logging, static files).
export async function createApp(config: AppConfig, database: DataSourceSettings): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
    // Fastify's own two lines per request are replaced by one line in registerRequestLogging.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.BODY_LIMIT_BYTES,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, database), adapter, {
    logger: new ConsoleLogger({ json: true, logLevels: NEST_LEVELS[config.LOG_LEVEL] }),
  });
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  registerRequestLogging(fastify);
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
