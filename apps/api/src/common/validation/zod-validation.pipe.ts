import { PipeTransform } from '@nestjs/common';
import { uuidSchema, type ErrorCode } from '@qifu/contracts';
import type { z } from 'zod';
import { AppError } from '../errors/app-error';

// Validates and coerces query strings and bodies against the schemas in libs/contracts.
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.infer<S> {
    const result = this.schema.safeParse(value ?? {});
    if (result.success) return result.data;
    const details = result.error.issues.map((i) => ({
      field: i.path.length ? i.path.join('.') : (i.code === 'unrecognized_keys' ? i.keys.join(',') : '(root)'),
      message: i.message,
    }));
    throw new AppError('VALIDATION_FAILED', `Invalid request: ${details.map((d) => `${d.field}: ${d.message}`).join('; ')}`, details);
  }
}

export class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly code: ErrorCode = 'INVALID_ID') {}

  transform(value: string): string {
    if (!uuidSchema.safeParse(value).success) {
      throw new AppError(this.code, `"${String(value).slice(0, 64)}" is not a valid id.`, [{ field: 'id', message: 'must be a UUID' }]);
    }
    return value;
  }
}

/** A URL token (invitation link): 43 URL-safe base64 characters. */
export class TokenPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[A-Za-z0-9_-]{43}$/.test(String(value))) {
      throw new AppError('INVALID_ID', 'That link is not valid.', [{ field: 'token', message: 'malformed' }]);
    }
    return value;
  }
}
