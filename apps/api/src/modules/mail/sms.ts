import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, publicUrl, type AppConfig } from '../../config/env.schema';
import { defineQueue } from '../jobs/job-queue';
import { JobsService } from '../jobs/jobs.service';
import { Notifier, type NotificationChannel, type OutgoingNotification, type Recipient } from '../notifications/notifier';
import { notificationSms } from './mail-content';
import { deliverOnce, DELIVERY_EXPIRE_SECONDS, toMailItem, txManager, type DeliveryOutcome } from './mail-delivery';
import { NOTIFICATION_FOR_MAIL, SMS_RECIPIENTS, type NotificationMailRow } from './mail.sql';

/**
 * A text-message gateway: the one thing a deployment supplies (Aliyun SMS, Tencent Cloud SMS …,
 * see the README). Resolves with the gateway's message id once it accepted the message.
 */
export interface SmsGateway {
  send(to: string, text: string): Promise<string>;
}

export const SMS_GATEWAY = Symbol('SMS_GATEWAY');

/** The default gateway: each SMS becomes a text file in MAIL_OUTBOX_DIR/sms (no network here). */
export class OutboxSmsGateway implements SmsGateway {
  constructor(private readonly dir: string) {}

  async send(to: string, text: string): Promise<string> {
    const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}`;
    await mkdir(this.dir, { recursive: true });
    await writeFile(join(this.dir, `${id}.txt`), `To: ${to}\n\n${text}\n`);
    return id;
  }
}

export function defaultSmsGateway(c: AppConfig): SmsGateway {
  return new OutboxSmsGateway(resolve(c.MAIL_OUTBOX_DIR, 'sms'));
}

export const SMS_QUEUE = defineQueue<{ notificationId: string }>('sms.deliver', {
  retryLimit: 5,
  retryDelaySeconds: 30,
  retryBackoff: true,
  expireInSeconds: DELIVERY_EXPIRE_SECONDS,
});

// The SMS channel, behind the same Notifier call as e-mail: a user with a phone number gets a
// short text for each kind mailed immediately (the digest and "off" send none); without a phone,
// nothing. Queued in the notification's transaction, sent once per notification, like a mail.
@Injectable()
export class SmsDelivery implements NotificationChannel, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Sms');
  private removeChannel?: () => void;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly notifier: Notifier,
    @Inject(SMS_GATEWAY) private readonly gateway: SmsGateway,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(SMS_QUEUE);
    this.jobs.work(SMS_QUEUE, (job) => this.send(job.data.notificationId));
    if (this.config.NOTIFY_CHANNELS.includes('sms')) this.removeChannel = this.notifier.addChannel(this);
  }

  onModuleDestroy(): void {
    this.removeChannel?.();
  }

  async deliver(m: EntityManager, recipients: Recipient[], n: OutgoingNotification): Promise<void> {
    const rows: { id: string }[] = await m.query(SMS_RECIPIENTS, [recipients.map((r) => r.userId), n.kind]);
    if (!rows.length) return;
    const wanted = new Set(rows.map((r) => r.id));
    await this.jobs.sendMany(
      SMS_QUEUE,
      recipients.filter((r) => wanted.has(r.userId)).map((r) => ({ notificationId: r.notificationId })),
      { manager: txManager(m) },
    );
  }

  async send(notificationId: string): Promise<DeliveryOutcome> {
    const [row]: NotificationMailRow[] = await this.db.query(NOTIFICATION_FOR_MAIL, [notificationId]);
    if (!row) return { skipped: 'notification gone' };
    if (row.mode !== 'immediate' || !row.phone) {
      return { skipped: row.phone ? `setting is ${row.mode}` : 'no phone' };
    }
    const phone = row.phone;
    return deliverOnce(this.db, notificationId, 'sms', async () => {
      const path = row.problem_id ? `/problems/${row.problem_id}` : `/intents/${row.intent_id}`;
      const id = await this.gateway.send(phone, notificationSms(row.locale, toMailItem(row), `${publicUrl(this.config)}${path}`));
      this.logger.log(`SMS for notification ${notificationId} (${row.kind})`);
      return id;
    });
  }
}
