import { z } from 'zod';
import {
  COMPANY_TIERS,
  LIFECYCLE_STAGES,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  SERVICE_SORTS,
} from './catalogue.enums';

// Query strings arrive as text; these schemas coerce and bound them.
// `.strict()` makes an unknown parameter a 400 rather than a silent no-op.

const page = z.coerce.number().int().min(1).max(100000).default(1);
const pageSize = (def: number) => z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(def);

export const uuidSchema = z.uuid();

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a lower-case code such as financial-audit');

export const listServicesQuerySchema = z
  .object({
    q: z.string().trim().max(100).optional(),
    category: slugSchema.optional(),
    stage: z.enum(LIFECYCLE_STAGES).optional(),
    provider: uuidSchema.optional(),
    sort: z.enum(SERVICE_SORTS).optional(),
    page,
    pageSize: pageSize(PAGE_SIZE_DEFAULT),
  })
  .strict();
export type ListServicesQuery = z.infer<typeof listServicesQuerySchema>;

export const listProvidersQuerySchema = z
  .object({
    q: z.string().trim().max(100).optional(),
    category: slugSchema.optional(),
    page,
    pageSize: pageSize(PAGE_SIZE_DEFAULT),
  })
  .strict();
export type ListProvidersQuery = z.infer<typeof listProvidersQuerySchema>;

export const listCompaniesQuerySchema = z
  .object({
    q: z.string().trim().max(100).optional(),
    tier: z.enum(COMPANY_TIERS).optional(),
    stage: z.enum(LIFECYCLE_STAGES).optional(),
    page,
    pageSize: pageSize(20),
  })
  .strict();
export type ListCompaniesQuery = z.infer<typeof listCompaniesQuerySchema>;
