import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationKind } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import { returning } from '../../common/db/returning';
import { APP_CONFIG, publicUrl, type AppConfig } from '../../config/env.schema';
import { defineQueue } from '../jobs/job-queue';
import { JobsService } from '../jobs/jobs.service';
import { digestMail } from './mail-content';
import { DELIVERY_EXPIRE_SECONDS, toMailItem, type DeliveryOutcome } from './mail-delivery';
import { MailTransport } from './mail-transport';
import {
  CHINA_TODAY,
  CLAIM_DIGEST,
  DIGEST_CARRIED,
  DIGEST_DONE,
  DIGEST_FAILED,
  DIGEST_ITEMS,
  DIGEST_RECIPIENT,
  DIGEST_STATE,
  DIGEST_USERS,
  type DigestItemRow,
} from './mail.sql';
import { NotificationSettingsService } from './notification-settings.service';

/** Fired by the cron: finds the users due a digest and queues one job each. */
export const DIGEST_RUN_QUEUE = defineQueue<Record<string, never>>('mail.digest-run', { retryLimit: 3, retryDelaySeconds: 60, retryBackoff: true, expireInSeconds: 10 * 60 });
/** One user's digest of one day (China time, YYYY-MM-DD). */
export const DIGEST_QUEUE = defineQueue<{ userId: string; day: string }>('mail.digest', {
  retryLimit: 5,
  retryDelaySeconds: 60,
  retryBackoff: true,
  expireInSeconds: DELIVERY_EXPIRE_SECONDS,
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;

// The daily digest: at MAIL_DIGEST_CRON (08:00 China time by default) every user with a kind set
// to "daily digest" gets one mail with the notifications of those kinds that no digest (and no
// mail of its own) carried yet. One per user and day (mail_digest's unique key): a job run twice,
// or the run fired twice, sends one; each notification is in one digest at most.
@Injectable()
export class MailDigest implements OnModuleInit {
  private readonly logger = new Logger('MailDigest');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly transport: MailTransport,
    private readonly settings: NotificationSettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.work(DIGEST_RUN_QUEUE, () => this.run(), { concurrency: 1 });
    this.jobs.work(DIGEST_QUEUE, (job) => this.send(job.data.userId, job.data.day));
    this.jobs.schedule(DIGEST_RUN_QUEUE, this.config.MAIL_DIGEST_CRON, {}, 'Asia/Shanghai');
  }

  /** Queues today's digests; returns how many users are due one. */
  async run(day?: string): Promise<{ day: string; users: number }> {
    const today = day ?? ((await this.db.query(CHINA_TODAY)) as { day: string }[])[0].day;
    const users: { user_id: string }[] = await this.db.query(DIGEST_USERS, [today]);
    await this.jobs.sendMany(DIGEST_QUEUE, users.map((u) => ({ userId: u.user_id, day: today })));
    if (users.length) this.logger.log(`Digest of ${today}: ${users.length} users`);
    return { day: today, users: users.length };
  }

  /** One user's digest of `day`; sends at most one mail per user and day. */
  async send(userId: string, day: string): Promise<DeliveryOutcome> {
    if (!DAY.test(day)) throw new Error(`not a day: ${day}`);
    const claimed = await returning<{ id: string }>(this.db, CLAIM_DIGEST, [userId, day, DELIVERY_EXPIRE_SECONDS]);
    if (!claimed.length) {
      const [d]: { state: string }[] = await this.db.query(DIGEST_STATE, [userId, day]);
      if (d && d.state !== 'sending') return { skipped: `digest of ${day} is ${d.state}` };
      throw new Error(`the digest of ${day} for ${userId} is being sent by another attempt`);
    }
    const digestId = claimed[0].id;
    const items: DigestItemRow[] = await this.db.query(DIGEST_ITEMS, [userId]);
    const [user]: { user_id: string; email: string; locale: 'zh-CN' | 'en-US'; display_name: string }[] = await this.db.query(DIGEST_RECIPIENT, [userId]);
    if (!items.length || !user) {
      await this.db.query(DIGEST_DONE, [digestId, 'empty', 0]);
      return { skipped: 'nothing to send' };
    }
    let messageId: string;
    try {
      const kinds = [...new Set(items.map((i) => i.kind))] as NotificationKind[];
      const links = await this.settings.unsubscribeLinks(userId, kinds);
      const base = publicUrl(this.config);
      const content = digestMail(user.locale, user.display_name, items.map(toMailItem), {
        intent: (id) => `${base}/intents/${id}`,
        problem: (id) => `${base}/problems/${id}`,
        unsubscribe: links.page,
        settings: `${base}/account`,
      });
      messageId = await this.transport.send({
        to: user.email,
        ...content,
        headers: { 'List-Unsubscribe': `<${links.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click', 'Content-Language': user.locale },
      });
    } catch (err) {
      await this.db.query(DIGEST_FAILED, [digestId, err instanceof Error ? err.message : String(err)]);
      throw err;
    }
    await this.db.transaction(async (m) => {
      await m.query(DIGEST_CARRIED, [digestId, items.map((i) => i.id)]);
      await m.query(DIGEST_DONE, [digestId, 'sent', items.length]);
    });
    return { sent: messageId };
  }
}
