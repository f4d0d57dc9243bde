import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NotificationDto } from '@qifu/contracts';
import { DELIVER_IN_APP, inAppNotificationInsert, ORGANISATION_USERS } from './notifications.sql';

export interface OutgoingNotification {
  kind: NotificationDto['kind'];
  /** What it is about: an intent, or (problem_overdue) a problem; exactly one. */
  intentId?: string;
  problemId?: string;
  title: string;
  detail?: Record<string, unknown>;
}

/** A user told in-app, with the notification row that tells them (what other channels deliver). */
export interface Recipient {
  userId: string;
  notificationId: string;
}

/** One way of telling people beyond the in-app list (e-mail, SMS); it follows the in-app rows. */
export interface NotificationChannel {
  deliver(m: EntityManager, recipients: Recipient[], n: OutgoingNotification): Promise<void>;
}

export class InAppChannel {
  /** See inAppNotificationInsert: for a statement that writes the notifications with its change. */
  static insert(select: string): string {
    return inAppNotificationInsert(select);
  }

  /** Writes the rows; returns those written (an overdue flag already given is not written again). */
  async deliver(m: EntityManager, userIds: string[], n: OutgoingNotification): Promise<Recipient[]> {
    if (!userIds.length) return [];
    const rows: { id: string; user_id: string }[] = await m.query(DELIVER_IN_APP, [
      userIds,
      n.intentId ?? null,
      n.problemId ?? null,
      n.kind,
      n.title,
      JSON.stringify(n.detail ?? {}),
    ]);
    return rows.map((r) => ({ userId: r.user_id, notificationId: String(r.id) }));
  }
}

// The single call every feature uses to tell an organisation something. It runs inside the
// caller's transaction, so a notification, and the jobs that mail it, exist exactly when the
// change it announces does.
@Injectable()
export class Notifier {
  private readonly inApp = new InAppChannel();
  private readonly channels: NotificationChannel[] = [];

  /** Adds a channel (e-mail, SMS) behind the same calls; returns its removal. */
  addChannel(channel: NotificationChannel): () => void {
    this.channels.push(channel);
    return () => {
      const at = this.channels.indexOf(channel);
      if (at >= 0) this.channels.splice(at, 1);
    };
  }

  async toOrganisation(m: EntityManager, org: { kind: 'company' | 'provider' | 'operator'; id: string | null }, n: OutgoingNotification, exceptUserId?: string): Promise<void> {
    const users: { id: string }[] = await m.query(ORGANISATION_USERS[org.kind], org.kind === 'operator' ? [] : [org.id]);
    const ids = users.map((u) => u.id).filter((id) => id !== exceptUserId);
    const written = await this.inApp.deliver(m, ids, n);
    await this.afterInApp(m, written, n);
  }

  /** Tells the given users (deduplicated), on every channel, as toOrganisation does. */
  async toUsers(m: EntityManager, userIds: string[], n: OutgoingNotification): Promise<void> {
    const written = await this.inApp.deliver(m, [...new Set(userIds)], n);
    await this.afterInApp(m, written, n);
  }

  /**
   * The other channels for notifications already written in-app: by toOrganisation, or by a
   * statement that wrote them together with its change (InAppChannel.insert, intent creation),
   * with the rows that statement returned. Pass the transaction that wrote them when there is one.
   */
  async afterInApp(m: EntityManager, recipients: Recipient[], n: OutgoingNotification): Promise<void> {
    if (!recipients.length) return;
    for (const channel of this.channels) await channel.deliver(m, recipients, n);
  }
}
