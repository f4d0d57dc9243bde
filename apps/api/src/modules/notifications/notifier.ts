import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NotificationDto } from '@qifu/contracts';
import { DELIVER_IN_APP, inAppNotificationInsert, ORGANISATION_USERS } from './notifications.sql';

export interface OutgoingNotification {
  kind: NotificationDto['kind'];
  intentId: string;
  title: string;
  detail?: Record<string, unknown>;
}

/** One way of telling people: in-app today; e-mail or SMS can be added as further channels. */
export interface NotificationChannel {
  deliver(m: EntityManager, userIds: string[], n: OutgoingNotification): Promise<void>;
}

export class InAppChannel implements NotificationChannel {
  /** See inAppNotificationInsert: for a statement that writes the notifications with its change. */
  static insert(select: string): string {
    return inAppNotificationInsert(select);
  }

  async deliver(m: EntityManager, userIds: string[], n: OutgoingNotification): Promise<void> {
    if (!userIds.length) return;
    await m.query(DELIVER_IN_APP, [userIds, n.intentId, n.kind, n.title, JSON.stringify(n.detail ?? {})]);
  }
}

// The single call every feature uses to tell an organisation something. It runs inside the
// caller's transaction, so a notification exists exactly when the change it announces does.
@Injectable()
export class Notifier {
  private readonly channels: NotificationChannel[] = [new InAppChannel()];

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
    for (const channel of this.channels) await channel.deliver(m, ids, n);
  }

  /**
   * For a change whose own statement already wrote the in-app notifications (InAppChannel.insert):
   * the other channels, told the same users. Called after that statement committed, so an outside
   * channel (e-mail, SMS) never announces a change that did not happen.
   */
  async afterInApp(m: EntityManager, userIds: string[], n: OutgoingNotification): Promise<void> {
    for (const channel of this.channels) if (!(channel instanceof InAppChannel)) await channel.deliver(m, userIds, n);
  }
}
