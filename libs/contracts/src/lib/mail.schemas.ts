import { z } from 'zod';
import { phoneSchema } from './auth.schemas';

// How notifications leave the app: e-mail per kind of notification (immediately, in the daily
// digest, or not at all), the language of those mails, and a phone number for SMS.

// problem_overdue: a service-desk problem passed a 13710 stage's deadline (operators only).
export const NOTIFICATION_KINDS = ['transition', 'message', 'overdue', 'rating', 'problem_overdue'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const MAIL_DELIVERY_MODES = ['immediate', 'digest', 'off'] as const;
export type MailDeliveryMode = (typeof MAIL_DELIVERY_MODES)[number];

/** The languages mails and SMS are written in. */
export const MAIL_LANGUAGES = ['zh-CN', 'en-US'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

export const notificationSettingsSchema = z
  .object({
    language: z.enum(MAIL_LANGUAGES),
    /** SMS goes to this number for the kinds mailed immediately; null: no SMS. */
    phone: phoneSchema.nullable(),
    email: z
      .object({
        transition: z.enum(MAIL_DELIVERY_MODES),
        message: z.enum(MAIL_DELIVERY_MODES),
        overdue: z.enum(MAIL_DELIVERY_MODES),
        rating: z.enum(MAIL_DELIVERY_MODES),
        /** Operators' 13710 notices; optional, so a form that does not show it leaves it as it is. */
        problem_overdue: z.enum(MAIL_DELIVERY_MODES).optional(),
      })
      .strict(),
  })
  .strict();
export type NotificationSettingsRequest = z.infer<typeof notificationSettingsSchema>;

export interface NotificationSettingsDto {
  language: MailLanguage;
  phone: string | null;
  email: Record<NotificationKind, MailDeliveryMode>;
}

/** A signed unsubscribe token (base64url payload + HMAC); opaque to the web. */
export const unsubscribeTokenSchema = z.string().trim().min(10).max(400).regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, 'not an unsubscribe token');

export const unsubscribeQuerySchema = z.object({ token: unsubscribeTokenSchema }).strict();
export type UnsubscribeQuery = z.infer<typeof unsubscribeQuerySchema>;

/** What the signed-out unsubscribe page shows and what the POST changed. */
export interface UnsubscribeDto {
  /** The first of `kinds` (a notification's mail names one kind; a digest, each kind it carried). */
  kind: NotificationKind;
  kinds: NotificationKind[];
  /** The address, partly hidden (w***@example.com): enough to recognise, not to harvest. */
  email: string;
  /** The setting of `kind` now (after a POST: 'off'). */
  mode: MailDeliveryMode;
}
