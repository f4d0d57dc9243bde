import type { OrgKind } from '@qifu/contracts';
import { AppError } from '../errors/app-error';
import type { Actor } from './actor';
import type { ErrorCode } from '@qifu/contracts';

// Ownership rules in one place. Services load the row, then ask here whether the actor may touch
// it; a row of another organisation is reported as "not found" so ids cannot be probed.

export interface OrgOwned {
  org_kind: OrgKind;
  company_id: string | null;
  provider_id: string | null;
}

export function belongsToActorOrg(actor: Actor, row: OrgOwned): boolean {
  if (row.org_kind !== actor.org.kind) return false;
  if (row.org_kind === 'company') return row.company_id === actor.org.id;
  if (row.org_kind === 'provider') return row.provider_id === actor.org.id;
  return true; // the operator is a single organisation
}

export function assertOwnedByActorOrg<T extends OrgOwned>(actor: Actor, row: T | undefined, notFound: ErrorCode): T {
  if (!row || !belongsToActorOrg(actor, row)) throw new AppError(notFound, 'Not found.');
  return row;
}
