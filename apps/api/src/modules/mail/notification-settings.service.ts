import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationSettingsDto,
  type NotificationSettingsRequest,
  type UnsubscribeDto,
} from '@qifu/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, publicUrl, type AppConfig } from '../../config/env.schema';
import { MailSecret } from './mail-secret';
import { SETTINGS, TURN_OFF, UNSUBSCRIBE_TARGET, UPDATE_USER_CHANNELS, UPSERT_PREFERENCES, type SettingsRow } from './mail.sql';
import { signUnsubscribe, verifyUnsubscribe } from './unsubscribe-token';

/** w***@example.com: the unsubscribe page shows whose setting it changes without handing out the address. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, Math.min(1, at))}***${email.slice(at)}`;
}

@Injectable()
export class NotificationSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly secret: MailSecret,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(userId: string): Promise<NotificationSettingsDto> {
    const [row]: SettingsRow[] = await this.db.query(SETTINGS, [userId]);
    if (!row) throw new AppError('NOT_FOUND', 'No such account.');
    const email = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, row.email[k] ?? 'immediate'])) as NotificationSettingsDto['email'];
    return { language: row.locale, phone: row.phone, email };
  }

  async update(actor: Actor, body: NotificationSettingsRequest): Promise<NotificationSettingsDto> {
    await this.db.transaction(async (m) => {
      await m.query(UPDATE_USER_CHANNELS, [actor.userId, body.language, body.phone]);
      // Only the kinds the form sent (one that does not show a kind leaves its setting alone).
      const kinds = NOTIFICATION_KINDS.filter((k) => body.email[k] !== undefined);
      await m.query(UPSERT_PREFERENCES, [actor.userId, kinds, kinds.map((k) => body.email[k])]);
    });
    return this.get(actor.userId);
  }

  /** The signed unsubscribe link (the web page) and the one-click URL (List-Unsubscribe, the API). */
  async unsubscribeLinks(userId: string, kinds: NotificationKind[]): Promise<{ page: string; oneClick: string }> {
    const token = signUnsubscribe(await this.secret.get(), { userId, kinds });
    const base = publicUrl(this.config);
    return { page: `${base}/unsubscribe?token=${token}`, oneClick: `${base}/api/mail/unsubscribe?token=${token}` };
  }

  /** What a token would turn off (GET: nothing changes). */
  async describe(token: string): Promise<UnsubscribeDto> {
    const claim = verifyUnsubscribe(await this.secret.get(), token);
    const [row]: { email: string; mode: UnsubscribeDto['mode'] }[] = await this.db.query(UNSUBSCRIBE_TARGET, [claim.userId, claim.kinds[0]]);
    if (!row) throw new AppError('UNSUBSCRIBE_TOKEN_INVALID', 'This unsubscribe link is not valid.');
    return { kind: claim.kinds[0], kinds: claim.kinds, email: maskEmail(row.email), mode: row.mode };
  }

  /** Turns off exactly the kinds the token names; repeating it changes nothing more. */
  async unsubscribe(token: string): Promise<UnsubscribeDto> {
    const claim = verifyUnsubscribe(await this.secret.get(), token);
    const [row]: { email: string }[] = await this.db.query(UNSUBSCRIBE_TARGET, [claim.userId, claim.kinds[0]]);
    if (!row) throw new AppError('UNSUBSCRIBE_TOKEN_INVALID', 'This unsubscribe link is not valid.');
    await this.db.transaction(async (m) => {
      for (const kind of claim.kinds) await m.query(TURN_OFF, [claim.userId, kind]);
    });
    return { kind: claim.kinds[0], kinds: claim.kinds, email: maskEmail(row.email), mode: 'off' };
  }
}
