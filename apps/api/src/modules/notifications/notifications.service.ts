import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationDto, Page } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { returning } from '../../common/db/returning';
import { AppError } from '../../common/errors/app-error';

@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(actor: Actor, page: number, pageSize: number): Promise<Page<NotificationDto>> {
    const rows: { id: string; at: Date; kind: NotificationDto['kind']; intent_id: string; title: string; detail: Record<string, unknown>; read_at: Date | null; total: string }[] =
      await this.db.query(
        `SELECT id, at, kind, intent_id, title, detail, read_at, count(*) OVER () AS total FROM notification
          WHERE user_id = $1 ORDER BY at DESC, id DESC LIMIT $2 OFFSET $3`,
        [actor.userId, pageSize, (page - 1) * pageSize],
      );
    return {
      items: rows.map((r) => ({
        id: String(r.id),
        at: new Date(r.at).toISOString(),
        kind: r.kind,
        intentId: r.intent_id,
        title: r.title,
        detail: r.detail,
        readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
      })),
      total: rows.length ? Number(rows[0].total) : 0,
      page,
      pageSize,
    };
  }

  async unreadCount(actor: Actor): Promise<number> {
    const rows: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`, [actor.userId]);
    return rows[0].n;
  }

  async markRead(actor: Actor, id: string): Promise<void> {
    if (!/^\d{1,18}$/.test(id)) throw new AppError('INVALID_ID', 'Not a notification id.');
    // Scoped to the caller: another user's notification id is simply not found.
    const rows = await returning(this.db, `UPDATE notification SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id`, [id, actor.userId]);
    if (!rows.length) throw new AppError('NOT_FOUND', 'No such notification.');
  }

  async markAllRead(actor: Actor): Promise<number> {
    const rows = await returning(this.db, `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL RETURNING id`, [actor.userId]);
    return rows.length;
  }
}
