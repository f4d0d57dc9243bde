import type { ApiErrorBody } from '@qifu/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';

// Requests refused before any route runs still leave with a contract code (found by the fuzzer:
// these answered Fastify's or Node's own bodies without one).

/** Fastify's router: a URL that does not decode (e.g. `%ED%A0%80`) or a path parameter over 100 characters. */
export function frameworkErrorHandler(error: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply): void {
  const message = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A path parameter is too long.' : 'The address could not be decoded.';
  const body: ApiErrorBody = { code: 'VALIDATION_FAILED', message, requestId: String(request.id) };
  void reply.status(400).send(body);
}

/** Node's HTTP parser, before Fastify sees the request: header overflow, timeouts, unparsable requests. */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, body]: [number, ApiErrorBody] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, { code: 'PAYLOAD_TOO_LARGE', message: 'The request line or headers are too large.' }]
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, { code: 'VALIDATION_FAILED', message: 'The request did not arrive in time.' }]
        : [400, { code: 'VALIDATION_FAILED', message: 'The request could not be read.' }];
  const text = JSON.stringify(body);
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(text)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${text}`);
  }
  socket.destroy(err);
}
