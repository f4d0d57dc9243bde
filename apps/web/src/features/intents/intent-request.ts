import type { CategoryRef, CreateIntentRequest } from '@qifu/contracts';
import type { Dayjs } from 'dayjs';

/** What a request is for: a listed service, or a provider and one of its categories. */
export type IntentTarget =
  | { kind: 'service'; serviceId: string }
  | { kind: 'provider'; providerId: string; categories: CategoryRef[] }
  /** The operator picks the company and the service in the form itself. */
  | { kind: 'operator' };

export interface IntentRequestValues {
  companyId?: string;
  serviceId?: string;
  categoryCode?: string;
  need: string;
  budgetNegotiable: boolean;
  budgetMin?: number | null;
  budgetMax?: number | null;
  wishedStartDate: Dayjs;
  contactName: string;
  contactPhone: string;
}

/** The form's fields the API may name in an error, per target. */
export function requestFormFields(target: IntentTarget): string[] {
  const common = [
    'need',
    'budgetMin',
    'budgetMax',
    'wishedStartDate',
    'contactName',
    'contactPhone',
  ];
  if (target.kind === 'provider') return ['categoryCode', ...common];
  if (target.kind === 'operator') return ['companyId', 'serviceId', ...common];
  return common;
}

/** The body of POST /api/intents; a negotiable budget carries no amounts. */
export function toCreateIntentRequest(
  values: IntentRequestValues,
  target: IntentTarget,
): CreateIntentRequest {
  const where =
    target.kind === 'service'
      ? { serviceId: target.serviceId }
      : target.kind === 'provider'
        ? { providerId: target.providerId, categoryCode: values.categoryCode }
        : { serviceId: values.serviceId, companyId: values.companyId };
  const budget = values.budgetNegotiable
    ? { budgetNegotiable: true }
    : {
        budgetNegotiable: false,
        budgetMin: values.budgetMin ?? undefined,
        budgetMax: values.budgetMax ?? undefined,
      };
  return {
    ...where,
    need: values.need.trim(),
    ...budget,
    wishedStartDate: values.wishedStartDate.format('YYYY-MM-DD'),
    contactName: values.contactName.trim(),
    contactPhone: values.contactPhone.trim(),
  };
}
