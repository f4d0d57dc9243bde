import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error';

// PostgreSQL text cannot hold U+0000: a NUL in a query string, path or JSON body reached the
// database and failed there as a 500 (found by the torture fuzzer: `?q=a%00b`, a NUL in an
// unlisting reason). Refused for every route before validation, as a 400 with a code.
export const NUL_REFUSED = 'Text may not contain the NUL character (U+0000).';

/** Whether any string in a parsed value (or a key) contains U+0000; iterative, as JSON may nest deeply. */
export function containsNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return true;
    } else if (Array.isArray(v)) {
      for (const inner of v) stack.push(inner);
    } else if (v && typeof v === 'object') {
      for (const [k, inner] of Object.entries(v)) {
        if (k.includes('\u0000')) return true;
        stack.push(inner);
      }
    }
  }
  return false;
}

export function registerNulGuard(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request) => {
    if (
      containsNul(request.params) ||
      containsNul(request.query) ||
      containsNul(request.body)
    ) {
      throw new AppError('VALIDATION_FAILED', NUL_REFUSED);
    }
  });
}
