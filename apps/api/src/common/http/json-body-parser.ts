import type { FastifyInstance } from 'fastify';
import sjson from 'secure-json-parse';
import { AppError } from '../errors/app-error';

// Fastify's own JSON parser reports bad JSON as a FastifyError that Nest flattens into a bare
// HttpException, losing its code. This parser keeps the code (MALFORMED_JSON) and still refuses
// prototype-poisoning keys (__proto__, constructor.prototype).
export function registerJsonBodyParser(fastify: FastifyInstance): void {
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, sjson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }));
    } catch {
      done(new AppError('MALFORMED_JSON', 'The request body is not valid JSON.'), undefined);
    }
  });
}

/**
 * A form body (application/x-www-form-urlencoded). Only the RFC 8058 one-click unsubscribe sends
 * one (`List-Unsubscribe=One-Click`, from a mail provider's server); its route reads nothing of it.
 * Parsed into this class rather than a plain object so that no JSON route's strict schema takes a
 * form post for its body (it is refused as the unknown key `fields`).
 */
export class FormBody {
  constructor(readonly fields: Record<string, string>) {}
}

export function registerFormBodyParser(fastify: FastifyInstance): void {
  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    done(null, new FormBody(Object.fromEntries(new URLSearchParams(text))));
  });
}
