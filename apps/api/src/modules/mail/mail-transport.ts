import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/** Where mails go, for the start banner: the SMTP server (no password) or the outbox folder. */
export function mailDestination(c: AppConfig): string {
  if (!c.SMTP_URL) return `files in ${c.MAIL_OUTBOX_DIR}/*.eml (no SMTP_URL)`;
  const u = new URL(c.SMTP_URL);
  return `SMTP ${u.protocol}//${u.host}`;
}

// nodemailer over SMTP (SMTP_URL), or, without one (the embedded default), nodemailer's stream
// transport: the same MIME message, written to MAIL_OUTBOX_DIR as an .eml file any mail program opens.
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transporter: Transporter;
  private readonly outbox?: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.SMTP_URL) {
      this.transporter = nodemailer.createTransport(config.SMTP_URL);
    } else {
      this.outbox = resolve(config.MAIL_OUTBOX_DIR);
      this.transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    }
  }

  /** Sends one mail; resolves with its Message-ID once the server (or the file) took it. */
  async send(mail: OutgoingMail): Promise<string> {
    const info = (await this.transporter.sendMail({ from: this.config.MAIL_FROM, ...mail })) as { messageId: string; message?: Buffer };
    if (this.outbox) {
      await mkdir(this.outbox, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
      await writeFile(join(this.outbox, name), info.message ?? '');
      this.logger.debug(`Mail to the outbox: ${name}`);
    }
    return info.messageId;
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
