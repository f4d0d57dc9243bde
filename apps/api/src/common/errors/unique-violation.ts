import type { ErrorCode } from '@qifu/contracts';
import { AppError } from './app-error';

/** Turns a unique-constraint violation into the coded 409 the caller should see; rethrows anything else. */
export function mapUniqueViolation(err: unknown, byConstraint: Record<string, readonly [ErrorCode, string]>): never {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e.code ?? e.driverError?.code;
  const constraint = e.constraint ?? e.driverError?.constraint;
  if (code === '23505' && constraint && byConstraint[constraint]) {
    const [errorCode, message] = byConstraint[constraint];
    throw new AppError(errorCode, message);
  }
  throw err;
}
