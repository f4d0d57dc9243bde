import type { MemberRole, OrgKind, AuditAction } from './auth.enums';
import type { ProviderKind, ProviderStatus } from './catalogue.enums';

export interface OrganisationRef {
  id: string;
  kind: OrgKind;
  name: string;
  /** Providers only: an application must be approved before its staff can publish. */
  providerStatus?: ProviderStatus;
}

export interface MeDto {
  user: { id: string; email: string; displayName: string; role: MemberRole };
  organisation: OrganisationRef;
  /** Send back in the `x-csrf-token` header on every write. */
  csrfToken: string;
  session: { id: string; expiresAt: string; idleExpiresAt: string };
}

/** `GET /api/auth/me` for a visitor without a live session: a state, not an error (no 401 on every first visit). */
export interface SignedOutDto {
  user: null;
}

export type MeResponse = MeDto | SignedOutDto;

export interface SessionDto {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

export interface MemberDto {
  id: string;
  email: string;
  displayName: string;
  role: MemberRole;
  createdAt: string;
}

export interface InvitationDto {
  id: string;
  email: string;
  role: MemberRole;
  expiresAt: string;
  /** Path of the page where the invitee joins; shown once to the admin to pass on. */
  acceptPath: string;
}

export interface InvitationPreviewDto {
  email: string;
  role: MemberRole;
  organisation: OrganisationRef;
  expiresAt: string;
}

export interface ProviderApplicationDto {
  id: string;
  name: string;
  shortName: string;
  creditCode: string | null;
  kind: ProviderKind;
  summary: string;
  description: string;
  qualifications: string;
  address: string;
  categories: { code: string; nameZh: string; nameEn: string }[];
  contactName: string;
  contactPhone: string;
  status: ProviderStatus;
  reviewNote: string | null;
  rejectionReason: string | null;
  reviewedAt: string | null;
  submittedAt: string;
}

export interface AuditEntryDto {
  id: string;
  action: AuditAction;
  at: string;
  actorUserId: string | null;
  actorEmail: string | null;
  organisationId: string | null;
  ip: string | null;
  userAgent: string | null;
  detail: Record<string, unknown>;
}
