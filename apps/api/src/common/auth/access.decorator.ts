import { SetMetadata } from '@nestjs/common';
import type { OrgKind } from '@qifu/contracts';

// Every route declares who may call it. The AccessGuard refuses any route without a rule,
// so a forgotten declaration fails closed, and the role × route test reads these rules.

export type AccessRule =
  | { kind: 'public' }
  | {
      kind: 'user';
      /** Organisation kinds allowed; all kinds when absent. */
      orgKinds?: OrgKind[];
      /** Only an admin of the caller's organisation. */
      admin?: boolean;
      /** Providers only: the application must have been approved. */
      approvedProvider?: boolean;
    };

export const ACCESS_RULE = 'qifu:access-rule';

export const Access = {
  public: () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule),
  signedIn: () => SetMetadata(ACCESS_RULE, { kind: 'user' } satisfies AccessRule),
  admin: () => SetMetadata(ACCESS_RULE, { kind: 'user', admin: true } satisfies AccessRule),
  company: (opts: { admin?: boolean } = {}) =>
    SetMetadata(ACCESS_RULE, { kind: 'user', orgKinds: ['company'], ...opts } satisfies AccessRule),
  provider: (opts: { admin?: boolean; approved?: boolean } = {}) =>
    SetMetadata(ACCESS_RULE, {
      kind: 'user',
      orgKinds: ['provider'],
      admin: opts.admin,
      approvedProvider: opts.approved,
    } satisfies AccessRule),
  /** Several organisation kinds, e.g. companies and the operator. */
  orgs: (orgKinds: OrgKind[]) => SetMetadata(ACCESS_RULE, { kind: 'user', orgKinds } satisfies AccessRule),
  /**
   * The park operator. Its admins alone take the decisions that change who may sell or that expose
   * people's data: provider application decisions, the audit log (e-mails, IPs), members and
   * invitations, and restoring a moderated listing (it undoes a moderation decision). Any operator
   * member reads applications, companies and statistics and may unlist a listing (a takedown must
   * not wait for an admin; an admin reviews and restores).
   */
  operator: (opts: { admin?: boolean } = {}) =>
    SetMetadata(ACCESS_RULE, { kind: 'user', orgKinds: ['operator'], ...opts } satisfies AccessRule),
};
