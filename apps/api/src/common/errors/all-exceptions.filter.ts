import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiErrorBody, ErrorCode } from '@qifu/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error';
import { constraintViolation, isDatabaseUnavailable, isStatementCancelled } from './pg-errors';

export interface SpaFallback {
  /** The storefront's index.html, served for unknown non-API GET paths (client-side routes). */
  indexHtml: string;
}

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'VALIDATION_FAILED',
  404: 'ROUTE_NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'DATABASE_UNAVAILABLE',
};

// The one exception filter: every error leaves the API as { code, message, details?, requestId }.
// Unknown failures are logged with their stack and answered with a bare 500 (no internals leak).
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  constructor(private readonly spa?: SpaFallback) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();

    if (this.spa && this.isClientRoute(exception, request)) {
      void reply.status(200).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(this.spa.indexHtml);
      return;
    }

    const { status, body } = toErrorBody(exception);
    if (status >= 500 && body.code !== 'DATABASE_UNAVAILABLE') {
      this.logger.error({ err: exception, reqId: request.id, url: request.url }, 'Unhandled error');
    }
    // A 400 from a database rule means a schema let the input through: worth a developer's look.
    if (body.code === 'CONSTRAINT_VIOLATED') this.logger.warn({ reqId: request.id, url: request.url, msg: body.message }, 'Constraint violated');
    body.requestId = String(request.id);
    if (status === 503) void reply.header('retry-after', '5');
    if (exception instanceof AppError && exception.headers) void reply.headers(exception.headers);
    void reply.status(status).send(body);
  }

  private isClientRoute(exception: unknown, request: FastifyRequest): boolean {
    return (
      exception instanceof HttpException &&
      exception.getStatus() === HttpStatus.NOT_FOUND &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !request.url.startsWith('/api/') &&
      request.url !== '/api'
    );
  }
}

export function toErrorBody(exception: unknown): { status: number; body: ApiErrorBody } {
  if (exception instanceof AppError) {
    return {
      status: exception.status,
      body: { code: exception.code, message: exception.message, ...(exception.details ? { details: exception.details } : {}) },
    };
  }
  if (isDatabaseUnavailable(exception)) {
    return { status: 503, body: { code: 'DATABASE_UNAVAILABLE', message: 'The database is unavailable; try again shortly.' } };
  }
  if (isStatementCancelled(exception)) {
    return { status: 503, body: { code: 'DATABASE_BUSY', message: 'The query took longer than the server allows; try again shortly.' } };
  }
  const violation = constraintViolation(exception);
  if (violation) {
    const what = violation.name ? ` (${violation.name})` : '';
    return { status: 400, body: { code: 'CONSTRAINT_VIOLATED', message: `The request breaks a data rule${what}; check the values sent.` } };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED');
    const message = status === 404 ? 'No such route.' : exception.message;
    return { status, body: { code, message } };
  }
  const fastifyError = exception as { statusCode?: number; code?: string; message?: string };
  if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return { status: fastifyError.statusCode, body: fromFastifyError(fastifyError.statusCode, fastifyError.code) };
  }
  return { status: 500, body: { code: 'INTERNAL_ERROR', message: 'Something went wrong on our side.' } };
}

// Errors raised by Fastify itself, before a route handler runs (body parsing, limits).
export function fromFastifyError(statusCode: number, code: string | undefined): ApiErrorBody {
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send JSON with Content-Type: application/json.' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { code: 'MALFORMED_JSON', message: 'The request body is not valid JSON.' };
    default:
      if (statusCode === 413) return { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' };
      if (statusCode === 415) return { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Unsupported content type.' };
      if (statusCode === 429) return { code: 'RATE_LIMITED', message: 'Too many requests.' };
      return { code: 'MALFORMED_JSON', message: 'The request could not be read.' };
  }
}
