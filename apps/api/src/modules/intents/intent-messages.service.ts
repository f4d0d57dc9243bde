import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IntentParty, MessageDto, Page } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Notifier } from '../notifications/notifier';
import { IntentPolicy, type IntentParties } from './intent.policy';

@Injectable()
export class IntentMessagesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: IntentPolicy,
    private readonly notifier: Notifier,
  ) {}

  /** A page of the thread, oldest first; reading it marks the thread read for the caller. */
  async list(actor: Actor, intentId: string, page: number, pageSize: number): Promise<Page<MessageDto>> {
    await this.load(actor, intentId);
    const rows: { id: string; at: Date; author_role: IntentParty; author_name: string; body: string; author_user_id: string | null; total: string }[] =
      await this.db.query(
        `SELECT id, at, author_role, author_name, body, author_user_id, count(*) OVER () AS total
           FROM intent_message WHERE intent_id = $1 ORDER BY at, id LIMIT $2 OFFSET $3`,
        [intentId, pageSize, (page - 1) * pageSize],
      );
    await this.db.query(
      `INSERT INTO intent_read (intent_id, user_id, last_read_at) VALUES ($1, $2, now())
       ON CONFLICT (intent_id, user_id) DO UPDATE SET last_read_at = now()`,
      [intentId, actor.userId],
    );
    return {
      items: rows.map((r) => ({
        id: String(r.id),
        at: new Date(r.at).toISOString(),
        authorRole: r.author_role,
        authorName: r.author_name,
        body: r.body,
        mine: r.author_user_id === actor.userId,
      })),
      total: rows.length ? Number(rows[0].total) : 0,
      page,
      pageSize,
    };
  }

  async post(actor: Actor, intentId: string, body: string): Promise<MessageDto> {
    const intent = await this.load(actor, intentId);
    const party = this.policy.partyOf(actor, intent);
    return this.db.transaction(async (m) => {
      const rows: { id: string; at: Date }[] = await m.query(
        `INSERT INTO intent_message (intent_id, author_user_id, author_role, author_name, body) VALUES ($1, $2, $3, $4, $5) RETURNING id, at`,
        [intentId, actor.userId, party, `${actor.org.name} · ${actor.displayName}`, body],
      );
      // A provider's first message is its first answer too.
      if (party === 'provider') {
        await m.query(`UPDATE intent SET first_response_at = now() WHERE id = $1 AND first_response_at IS NULL`, [intentId]);
      }
      await m.query(
        `INSERT INTO intent_read (intent_id, user_id, last_read_at) VALUES ($1, $2, now())
         ON CONFLICT (intent_id, user_id) DO UPDATE SET last_read_at = now()`,
        [intentId, actor.userId],
      );
      for (const org of this.policy.otherParties(party, intent)) {
        await this.notifier.toOrganisation(m, org, { kind: 'message', intentId, title: '合作意向有新留言', detail: { preview: body.slice(0, 60) } }, actor.userId);
      }
      return { id: String(rows[0].id), at: new Date(rows[0].at).toISOString(), authorRole: party, authorName: `${actor.org.name} · ${actor.displayName}`, body, mine: true };
    });
  }

  private async load(actor: Actor, intentId: string): Promise<IntentParties> {
    const rows: IntentParties[] = await this.db.query(`SELECT company_id, provider_id FROM intent WHERE id = $1`, [intentId]);
    this.policy.partyOf(actor, rows[0]);
    return rows[0];
  }
}
