import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { returning } from '../../common/db/returning';
import { APP_CONFIG, publicUrl, type AppConfig } from '../../config/env.schema';
import { defineQueue } from '../jobs/job-queue';
import { JobsService } from '../jobs/jobs.service';
import { Notifier, type NotificationChannel, type OutgoingNotification, type Recipient } from '../notifications/notifier';
import { notificationMail, type MailItem } from './mail-content';
import { MailTransport } from './mail-transport';
import {
  CLAIM_DELIVERY,
  DELIVERY_STATE,
  IMMEDIATE_RECIPIENTS,
  MARK_FAILED,
  MARK_SENT,
  NOTIFICATION_FOR_MAIL,
  type MailIntentRow,
  type MailSubjectRow,
  type NotificationMailRow,
} from './mail.sql';
import { NotificationSettingsService } from './notification-settings.service';

/** A delivery's time limit; a claim older than this is an attempt that died, and may be taken again. */
export const DELIVERY_EXPIRE_SECONDS = 120;

export const MAIL_QUEUE = defineQueue<{ notificationId: string }>('mail.deliver', {
  retryLimit: 5,
  retryDelaySeconds: 30,
  retryBackoff: true,
  expireInSeconds: DELIVERY_EXPIRE_SECONDS,
});

export type DeliveryOutcome = { sent: string } | { skipped: string };

/** The manager to queue with: the caller's transaction when it has one (else the write already committed). */
export function txManager(m: EntityManager): EntityManager | undefined {
  return m.queryRunner ? m : undefined;
}

export function toMailItem(r: Pick<NotificationMailRow, 'kind' | 'detail' | 'at'> & MailSubjectRow): MailItem {
  const base = { kind: r.kind, detail: r.detail ?? {}, at: r.at };
  if (r.problem_id !== null) {
    return { ...base, problem: { problem_id: r.problem_id, problem_company_name: r.problem_company_name ?? '', problem_category_name: r.problem_category_name ?? '' } };
  }
  const i = r as MailIntentRow;
  return {
    ...base,
    intent: {
      intent_id: i.intent_id,
      intent_status: i.intent_status,
      company_name: i.company_name,
      provider_name: i.provider_name,
      service_title: i.service_title,
      category_name_zh: i.category_name_zh,
      category_name_en: i.category_name_en,
    },
  };
}

/**
 * Claims a delivery (notification × channel) and runs `send` once: a second run of the job, or a
 * concurrent one, finds the claim and sends nothing. A failed send releases the claim for the
 * retry; a claim held by a running attempt makes this run fail, so the queue retries it later.
 */
export async function deliverOnce(db: DataSource, notificationId: string, channel: 'email' | 'sms', send: () => Promise<string>): Promise<DeliveryOutcome> {
  const claimed = await returning(db, CLAIM_DELIVERY, [notificationId, channel, DELIVERY_EXPIRE_SECONDS]);
  if (!claimed.length) {
    const [d]: { state: string }[] = await db.query(DELIVERY_STATE, [notificationId, channel]);
    if (d?.state === 'sent') return { skipped: 'already sent' };
    throw new Error(`notification ${notificationId} (${channel}) is being delivered by another attempt`);
  }
  let id: string;
  try {
    id = await send();
  } catch (err) {
    await db.query(MARK_FAILED, [notificationId, channel, err instanceof Error ? err.message : String(err)]);
    throw err;
  }
  await db.query(MARK_SENT, [notificationId, channel]);
  return { sent: id };
}

// The e-mail channel: behind Notifier, it queues one job per notification its recipient wants
// mailed immediately, in the transaction that writes the notification (a rollback queues nothing).
// The job reads the notification when it runs and mails it once (notification_delivery).
@Injectable()
export class MailDelivery implements NotificationChannel, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private removeChannel?: () => void;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly notifier: Notifier,
    private readonly transport: MailTransport,
    private readonly settings: NotificationSettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(MAIL_QUEUE);
    this.jobs.work(MAIL_QUEUE, (job) => this.send(job.data.notificationId));
    if (this.config.NOTIFY_CHANNELS.includes('mail')) this.removeChannel = this.notifier.addChannel(this);
  }

  onModuleDestroy(): void {
    this.removeChannel?.();
  }

  /** The channel: queues the mails of those who want this kind now. */
  async deliver(m: EntityManager, recipients: Recipient[], n: OutgoingNotification): Promise<void> {
    const rows: { id: string }[] = await m.query(IMMEDIATE_RECIPIENTS, [recipients.map((r) => r.userId), n.kind]);
    const wanted = new Set(rows.map((r) => r.id));
    const jobs = recipients.filter((r) => wanted.has(r.userId)).map((r) => ({ notificationId: r.notificationId }));
    await this.jobs.sendMany(MAIL_QUEUE, jobs, { manager: txManager(m) });
  }

  /** The job: mails one notification, once. */
  async send(notificationId: string): Promise<DeliveryOutcome> {
    const [row]: NotificationMailRow[] = await this.db.query(NOTIFICATION_FOR_MAIL, [notificationId]);
    if (!row) return { skipped: 'notification gone' };
    // The setting may have changed since the job was queued (unsubscribed, switched to the digest).
    if (row.mode !== 'immediate') {
      return { skipped: `setting is ${row.mode}` };
    }
    return deliverOnce(this.db, notificationId, 'email', async () => {
      const links = await this.settings.unsubscribeLinks(row.user_id, [row.kind]);
      const base = publicUrl(this.config);
      const content = notificationMail(row.locale, row.display_name, toMailItem(row), {
        intent: (id) => `${base}/intents/${id}`,
        problem: (id) => `${base}/problems/${id}`,
        unsubscribe: links.page,
        settings: `${base}/account`,
      });
      const messageId = await this.transport.send({
        to: row.email,
        ...content,
        headers: {
          'List-Unsubscribe': `<${links.oneClick}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          'Content-Language': row.locale,
          // Lets a mail program thread the mails of one intent (or problem).
          ...(row.intent_id ? { 'X-Qifu-Intent': row.intent_id } : {}),
          ...(row.problem_id ? { 'X-Qifu-Problem': row.problem_id } : {}),
        },
      });
      this.logger.log(`Mailed notification ${notificationId} (${row.kind})`);
      return messageId;
    });
  }
}
