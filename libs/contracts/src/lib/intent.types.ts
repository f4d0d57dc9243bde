import type { NotificationKind } from './mail.schemas';
import type { IntentParty, IntentStatus, TransitionField } from './intent.workflow';

export interface IntentSummaryDto {
  id: string;
  status: IntentStatus;
  need: string;
  company: { id: string; name: string };
  provider: { id: string; name: string };
  service: { id: string; title: string } | null;
  category: { code: string; nameZh: string; nameEn: string };
  budget: { negotiable: boolean; min: number | null; max: number | null };
  wishedStartDate: string;
  matchedByOperator: boolean;
  overdue: boolean;
  unreadMessages: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface IntentEventDto {
  id: string;
  at: string;
  actorRole: IntentParty;
  actorName: string | null;
  from: IntentStatus | null;
  to: IntentStatus;
  note: string | null;
}

export interface IntentDetailDto extends IntentSummaryDto {
  contactName: string;
  /** Hidden from the provider (null) until it has accepted the intent. */
  contactPhone: string | null;
  contractAmount: number | null;
  signedOn: string | null;
  reason: string | null;
  firstResponseAt: string | null;
  responseDueAt: string;
  events: IntentEventDto[];
  /** The moves the caller may make now, from the transitions table. */
  actions: { to: IntentStatus; requires: TransitionField[] }[];
  rating: RatingDto | null;
  canRate: boolean;
  canReply: boolean;
  /** The service-desk problem this request was made for (company and operator only), if any. */
  problemId: string | null;
}

export interface MessageDto {
  id: string;
  at: string;
  authorRole: IntentParty;
  authorName: string;
  body: string;
  mine: boolean;
}

export interface NotificationDto {
  id: string;
  at: string;
  kind: NotificationKind;
  /** What it is about: a cooperation intent, or (problem_overdue) a service-desk problem. */
  intentId: string | null;
  problemId: string | null;
  title: string;
  detail: Record<string, unknown>;
  readAt: string | null;
}

export interface RatingDto {
  professional: number;
  responsiveness: number;
  attitude: number;
  value: number;
  average: number;
  comment: string;
  createdAt: string;
  reply: string | null;
  repliedAt: string | null;
  companyName: string;
}
