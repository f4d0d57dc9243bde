import { Injectable } from '@nestjs/common';
import type { IntentParty } from '@qifu/contracts';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';

export interface IntentParties {
  company_id: string;
  provider_id: string;
}

// Who may see and act on an intent: its company, its provider, and the park operator.
// Everyone else is told it does not exist, so ids cannot be probed.
@Injectable()
export class IntentPolicy {
  partyOf(actor: Actor, intent: IntentParties | undefined): IntentParty {
    if (intent) {
      if (actor.org.kind === 'operator') return 'operator';
      if (actor.org.kind === 'company' && intent.company_id === actor.org.id)
        return 'company';
      if (actor.org.kind === 'provider' && intent.provider_id === actor.org.id)
        return 'provider';
    }
    throw new AppError('INTENT_NOT_FOUND', 'No such intent.');
  }

  /** SQL restricting `intent i` to what the actor may see. */
  scopeSql(actor: Actor, param: (v: unknown) => string): string {
    if (actor.org.kind === 'company')
      return `i.company_id = ${param(actor.org.id)}`;
    if (actor.org.kind === 'provider')
      return `i.provider_id = ${param(actor.org.id)}`;
    return 'TRUE';
  }

  /** A company asks for itself; the operator must name the company it matches. */
  companyForNewIntent(actor: Actor, companyId: string | undefined): string {
    if (actor.org.kind === 'company') {
      if (companyId && companyId !== actor.org.id) {
        throw new AppError(
          'FORBIDDEN',
          'A company creates intents only for itself.',
          [{ field: 'companyId', message: 'not allowed' }],
        );
      }
      return actor.org.id;
    }
    if (actor.org.kind === 'operator') {
      if (!companyId)
        throw new AppError(
          'COMPANY_REQUIRED',
          'Name the company this intent is for.',
          [{ field: 'companyId', message: 'required' }],
        );
      return companyId;
    }
    throw new AppError('FORBIDDEN', 'Providers do not create intents.');
  }

  /** The organisations to tell about a party's action on the intent. */
  otherParties(
    party: IntentParty,
    intent: IntentParties,
  ): { kind: 'company' | 'provider'; id: string }[] {
    const company = { kind: 'company' as const, id: intent.company_id };
    const provider = { kind: 'provider' as const, id: intent.provider_id };
    if (party === 'company') return [provider];
    if (party === 'provider') return [company];
    return [company, provider];
  }
}
