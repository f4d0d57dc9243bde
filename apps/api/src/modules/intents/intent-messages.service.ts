import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MessageDto, Page } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { toPage } from '../../common/db/page';
import { Statements } from '../../database/statements';
import { Notifier } from '../notifications/notifier';
import {
  INSERT_MESSAGE,
  MARK_FIRST_RESPONSE,
  MARK_THREAD_READ,
  threadPage,
  toMessage,
  type ThreadPageRow,
} from './intent-messages.sql';
import { IntentPolicy, type IntentParties } from './intent.policy';
import { INTENT_PARTIES } from './intent.sql';

@Injectable()
export class IntentMessagesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: IntentPolicy,
    private readonly notifier: Notifier,
    private readonly statements: Statements,
  ) {}

  /** A page of the thread, oldest first; reading it marks the thread read for the caller. */
  async list(
    actor: Actor,
    intentId: string,
    page: number,
    pageSize: number,
  ): Promise<Page<MessageDto>> {
    const rows = await this.statements.run<ThreadPageRow>(
      'intent_thread',
      threadPage(intentId, actor.userId, pageSize, (page - 1) * pageSize, (p) =>
        this.policy.scopeSql(actor, p),
      ),
    );
    this.policy.partyOf(actor, rows[0]);
    const messages = rows.filter(
      (r): r is ThreadPageRow & { id: string } => r.id !== null,
    );
    return toPage(
      messages.map((r) => toMessage(r, actor.userId)),
      Number(rows[0].total),
      { page, pageSize },
    );
  }

  async post(
    actor: Actor,
    intentId: string,
    body: string,
  ): Promise<MessageDto> {
    const intent = await this.load(actor, intentId);
    const party = this.policy.partyOf(actor, intent);
    return this.db.transaction(async (m) => {
      const rows: { id: string; at: Date }[] = await m.query(INSERT_MESSAGE, [
        intentId,
        actor.userId,
        party,
        `${actor.org.name} · ${actor.displayName}`,
        body,
      ]);
      if (party === 'provider') await m.query(MARK_FIRST_RESPONSE, [intentId]);
      await m.query(MARK_THREAD_READ, [intentId, actor.userId]);
      for (const org of this.policy.otherParties(party, intent)) {
        await this.notifier.toOrganisation(
          m,
          org,
          {
            kind: 'message',
            intentId,
            title: '合作意向有新留言',
            detail: { preview: body.slice(0, 60) },
          },
          actor.userId,
        );
      }
      return {
        id: String(rows[0].id),
        at: new Date(rows[0].at).toISOString(),
        authorRole: party,
        authorName: `${actor.org.name} · ${actor.displayName}`,
        body,
        mine: true,
      };
    });
  }

  private async load(actor: Actor, intentId: string): Promise<IntentParties> {
    const rows: IntentParties[] = await this.db.query(INTENT_PARTIES, [
      intentId,
    ]);
    this.policy.partyOf(actor, rows[0]);
    return rows[0];
  }
}
