import { z } from 'zod';
import { COMPANY_SIZES, COMPANY_TIERS, LIFECYCLE_STAGES, PROVIDER_KINDS, PROVIDER_PROFILE_LIMITS } from './catalogue.enums';
import { MEMBER_ROLES, PASSWORD_MAX, PASSWORD_MIN } from './auth.enums';
import { isValidCreditCode } from './credit-code';
import { slugSchema } from './catalogue.schemas';

// Bodies are `.strict()`: a field the schema does not declare (role, status, organisationId …)
// is a 400, so nothing can be mass-assigned.

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'must be an e-mail address' }));

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, { message: `must be at least ${PASSWORD_MIN} characters` })
  .max(PASSWORD_MAX, { message: `must be at most ${PASSWORD_MAX} characters` });

export const creditCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidCreditCode, { message: 'is not a valid unified social credit code (统一社会信用代码)' });

/** Digits, spaces, +, -, parentheses; 5–20 characters (landlines like 0371-6xxxxxxx and mobiles). */
export const PHONE_PATTERN = /^[0-9+() -]{5,20}$/;

export const phoneSchema = z.string().trim().regex(PHONE_PATTERN, { message: 'must be a phone number' });

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const loginSchema = z
  .object({
    email: z.string().trim().toLowerCase().max(254),
    password: z.string().max(PASSWORD_MAX),
  })
  .strict();
export type LoginRequest = z.infer<typeof loginSchema>;

const adminAccount = {
  email: emailSchema,
  password: passwordSchema,
  displayName: text(1, 40),
};

export const registerCompanySchema = z
  .object({
    kind: z.literal('company'),
    name: text(2, 100),
    creditCode: creditCodeSchema,
    industry: text(1, 40),
    size: z.enum(COMPANY_SIZES),
    stage: z.enum(LIFECYCLE_STAGES),
    tiers: z.array(z.enum(COMPANY_TIERS)).max(COMPANY_TIERS.length).default([]),
    contactName: text(1, 40),
    contactPhone: phoneSchema,
    ...adminAccount,
  })
  .strict();

export const registerProviderSchema = z
  .object({
    kind: z.literal('provider'),
    name: text(2, 100),
    shortName: text(1, 30),
    creditCode: creditCodeSchema,
    providerKind: z.enum(PROVIDER_KINDS),
    summary: text(1, PROVIDER_PROFILE_LIMITS.summary),
    description: z.string().trim().max(PROVIDER_PROFILE_LIMITS.description).default(''),
    qualifications: text(1, PROVIDER_PROFILE_LIMITS.qualifications),
    categories: z.array(slugSchema).min(1).max(PROVIDER_PROFILE_LIMITS.categories),
    contactName: text(1, 40),
    contactPhone: phoneSchema,
    address: z.string().trim().max(200).default(''),
    ...adminAccount,
  })
  .strict();

export const registerSchema = z.discriminatedUnion('kind', [registerCompanySchema, registerProviderSchema]);
export type RegisterRequest = z.infer<typeof registerSchema>;
export type RegisterCompanyRequest = z.infer<typeof registerCompanySchema>;
export type RegisterProviderRequest = z.infer<typeof registerProviderSchema>;

export const changePasswordSchema = z
  .object({ currentPassword: z.string().max(PASSWORD_MAX), newPassword: passwordSchema })
  .strict();
export type ChangePasswordRequest = z.infer<typeof changePasswordSchema>;

export const inviteMemberSchema = z.object({ email: emailSchema, role: z.enum(MEMBER_ROLES) }).strict();
export type InviteMemberRequest = z.infer<typeof inviteMemberSchema>;

export const acceptInvitationSchema = z
  .object({ displayName: text(1, 40), password: passwordSchema })
  .strict();
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationSchema>;

export const approveProviderSchema = z.object({ note: text(1, 500) }).strict();
export const rejectProviderSchema = z.object({ reason: text(1, 500) }).strict();

export const listAuditQuerySchema = z
  .object({
    page: z.coerce.number().int().min(1).max(100000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
    action: z.string().max(40).optional(),
  })
  .strict();
export type ListAuditQuery = z.infer<typeof listAuditQuerySchema>;

export const listApplicationsQuerySchema = z
  .object({
    status: z.enum(['pending', 'approved', 'rejected']).optional(),
    page: z.coerce.number().int().min(1).max(100000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type ListApplicationsQuery = z.infer<typeof listApplicationsQuerySchema>;

export const listMembersQuerySchema = z
  .object({
    page: z.coerce.number().int().min(1).max(100000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type ListMembersQuery = z.infer<typeof listMembersQuerySchema>;
