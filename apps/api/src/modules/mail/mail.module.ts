import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../../config/env.schema';
import { MailDelivery } from './mail-delivery';
import { MailDigest } from './mail-digest';
import { MailSecret } from './mail-secret';
import { MailTransport } from './mail-transport';
import { NotificationSettingsController, UnsubscribeController } from './notification-settings.controller';
import { NotificationSettingsService } from './notification-settings.service';
import { defaultSmsGateway, SMS_GATEWAY, SmsDelivery } from './sms';

// E-mail and SMS: channels of Notifier (queued in the notification's transaction, sent by jobs),
// the daily digest, the per-user settings and the signed-out unsubscribe link.
@Module({
  controllers: [NotificationSettingsController, UnsubscribeController],
  providers: [
    MailTransport,
    MailSecret,
    NotificationSettingsService,
    MailDelivery,
    MailDigest,
    SmsDelivery,
    // A deployment with a real gateway provides its adapter here (see the README).
    { provide: SMS_GATEWAY, useFactory: defaultSmsGateway, inject: [APP_CONFIG] },
  ],
  exports: [MailTransport, MailDelivery, MailDigest, SmsDelivery],
})
export class MailModule {}
