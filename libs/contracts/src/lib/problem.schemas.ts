import { z } from 'zod';
import { phoneSchema } from './auth.schemas';
import { uuidSchema, slugSchema } from './catalogue.schemas';
import { PROBLEM_SATISFACTIONS, PROBLEM_STAGES, PROBLEM_STATUSES, PROBLEM_URGENCIES } from './problem.workflow';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date like 2026-11-22' }).refine(
  (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
  { message: 'is not a real date' },
);

export const problemInputSchema = z
  .object({
    categoryCode: slugSchema,
    description: z.string().trim().min(5).max(2000),
    urgency: z.enum(PROBLEM_URGENCIES).default('normal'),
    /** 疑难: solved within 30 working days instead of 7. */
    hard: z.boolean().default(false),
  })
  .strict();
export type ProblemInput = z.infer<typeof problemInputSchema>;

/** A company raises its own problem; an operator names the company. */
export const createProblemSchema = problemInputSchema.extend({ companyId: uuidSchema.optional() }).strict();
export type CreateProblemRequest = z.infer<typeof createProblemSchema>;

export const createVisitSchema = z
  .object({
    companyId: uuidSchema,
    visitedOn: isoDate,
    /** Who went (names as written on the visit sheet). */
    visitors: z.array(z.string().trim().min(1).max(40)).min(1).max(20),
    notes: z.string().trim().max(4000).default(''),
    problems: z.array(problemInputSchema).max(50).default([]),
  })
  .strict();
export type CreateVisitRequest = z.infer<typeof createVisitSchema>;

export const transitionProblemSchema = z
  .object({
    to: z.enum(PROBLEM_STATUSES),
    /** The version the caller saw; a stale one is a 409 PROBLEM_CONFLICT. */
    version: z.number().int().min(0),
    assigneeUserId: uuidSchema.optional(),
    departmentName: z.string().trim().min(1).max(100).optional(),
    departmentContact: z.string().trim().min(1).max(100).optional(),
    note: z.string().trim().min(1).max(2000).optional(),
    satisfaction: z.enum(PROBLEM_SATISFACTIONS).optional(),
  })
  .strict();
export type TransitionProblemRequest = z.infer<typeof transitionProblemSchema>;

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const listProblemsQuerySchema = z
  .object({
    page: z.coerce.number().int().min(1).max(100000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
    status: z.enum(PROBLEM_STATUSES).optional(),
    categoryCode: slugSchema.optional(),
    /** Problems whose deadline for this 13710 stage has passed with the stage not done. */
    overdue: z.enum(PROBLEM_STAGES).optional(),
    assigneeUserId: uuidSchema.optional(),
    companyId: uuidSchema.optional(),
    hard: bool.optional(),
  })
  .strict();
export type ListProblemsQuery = z.infer<typeof listProblemsQuerySchema>;

/**
 * An operator turns an open problem into a marketplace request: a cooperation intent for the
 * problem's company with the chosen service, pre-filled from the problem (the budget is 面议; the
 * provider quotes). One request per problem.
 */
export const requestServiceForProblemSchema = z
  .object({
    serviceId: uuidSchema,
    need: z.string().trim().min(5).max(2000),
    wishedStartDate: isoDate,
    contactName: z.string().trim().min(1).max(40),
    contactPhone: phoneSchema,
    /** The problem's version the caller saw; a stale one is a 409 PROBLEM_CONFLICT. */
    version: z.number().int().min(0),
  })
  .strict();
export type RequestServiceForProblemRequest = z.infer<typeof requestServiceForProblemSchema>;
