import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationDto, Page } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { toPage, windowTotal } from '../../common/db/page';
import { returning } from '../../common/db/returning';
import { AppError } from '../../common/errors/app-error';
import { MARK_ALL_READ, MARK_READ, NOTIFICATIONS_COUNT, NOTIFICATIONS_PAGE, toNotification, UNREAD_COUNT, type NotificationRow } from './notifications.sql';

@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(actor: Actor, page: number, pageSize: number): Promise<Page<NotificationDto>> {
    const rows: NotificationRow[] = await this.db.query(NOTIFICATIONS_PAGE, [actor.userId, pageSize, (page - 1) * pageSize]);
    const total = await windowTotal(
      rows,
      page,
      async () =>
        (
          (await this.db.query(NOTIFICATIONS_COUNT, [actor.userId])) as {
            n: number;
          }[]
        )[0].n,
    );
    return toPage(rows.map(toNotification), total, { page, pageSize });
  }

  async unreadCount(actor: Actor): Promise<number> {
    const rows: { n: number }[] = await this.db.query(UNREAD_COUNT, [actor.userId]);
    return rows[0].n;
  }

  async markRead(actor: Actor, id: string): Promise<void> {
    if (!/^\d{1,18}$/.test(id)) throw new AppError('INVALID_ID', 'Not a notification id.');
    const rows = await returning(this.db, MARK_READ, [id, actor.userId]);
    if (!rows.length) throw new AppError('NOT_FOUND', 'No such notification.');
  }

  async markAllRead(actor: Actor): Promise<number> {
    const rows = await returning(this.db, MARK_ALL_READ, [actor.userId]);
    return rows.length;
  }
}
