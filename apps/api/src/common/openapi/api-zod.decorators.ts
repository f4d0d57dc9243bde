import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';

type JsonSchema = { properties?: Record<string, Record<string, unknown>>; required?: string[] };

// Documents each query parameter of a contracts schema in OpenAPI, so the docs (and the
// fuzzing that reads them) always match what the validation pipe accepts.
export function ApiZodQuery(schema: z.ZodType): MethodDecorator {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const required = new Set(json.required ?? []);
  const decorators = Object.entries(json.properties ?? {}).map(([name, prop]) =>
    ApiQuery({ name, required: required.has(name) && prop['default'] === undefined, schema: prop as never }),
  );
  return applyDecorators(...decorators);
}

/** Documents a JSON body from a contracts schema. */
export function ApiZodBody(schema: z.ZodType): MethodDecorator {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  delete json['$schema'];
  return ApiBody({ schema: json as never });
}
