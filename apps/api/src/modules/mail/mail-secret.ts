import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema';
import { ENSURE_SECRET, READ_SECRET } from './mail.sql';

const NAME = 'unsubscribe';

// The key that signs unsubscribe links: from APP_SECRET, or, unset, a random one the first process
// writes to the database, so every process (and a restart) checks the links the others signed.
@Injectable()
export class MailSecret {
  private key?: Promise<Buffer>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get(): Promise<Buffer> {
    this.key ??= this.load().catch((err: unknown) => {
      this.key = undefined;
      throw err;
    });
    return this.key;
  }

  private async load(): Promise<Buffer> {
    // A purpose-bound key: APP_SECRET may one day sign other things.
    if (this.config.APP_SECRET) return createHash('sha256').update(`qifu:${NAME}:${this.config.APP_SECRET}`).digest();
    await this.db.query(ENSURE_SECRET, [NAME, randomBytes(32)]);
    const rows: { value: Buffer }[] = await this.db.query(READ_SECRET, [NAME]);
    return rows[0].value;
  }
}
