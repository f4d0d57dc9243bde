import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  notificationSettingsSchema,
  unsubscribeQuerySchema,
  type NotificationSettingsDto,
  type NotificationSettingsRequest,
  type UnsubscribeDto,
  type UnsubscribeQuery,
} from '@qifu/contracts';
import { Access } from '../../common/auth/access.decorator';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { ApiZodBody, ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { NotificationSettingsService } from './notification-settings.service';

@ApiTags('account')
@Controller('account/notification-settings')
export class NotificationSettingsController {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Get()
  @Access.signedIn()
  get(@CurrentActor() actor: Actor): Promise<NotificationSettingsDto> {
    return this.settings.get(actor.userId);
  }

  @Put()
  @Access.signedIn()
  @ApiZodBody(notificationSettingsSchema)
  put(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(notificationSettingsSchema)) body: NotificationSettingsRequest): Promise<NotificationSettingsDto> {
    return this.settings.update(actor, body);
  }
}

// Signed out: the link in a mail carries its own authority (a signed token naming the user and
// the kinds). GET only shows what would change (mail scanners follow links); POST changes it, both
// from the web page's button and as RFC 8058 one-click (List-Unsubscribe-Post), whose form body
// `List-Unsubscribe=One-Click` is ignored: the token is in the URL.
@ApiTags('mail')
@Controller('mail/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Get()
  @Access.public()
  @ApiZodQuery(unsubscribeQuerySchema)
  describe(@Query(new ZodValidationPipe(unsubscribeQuerySchema)) q: UnsubscribeQuery): Promise<UnsubscribeDto> {
    return this.settings.describe(q.token);
  }

  @Post()
  @HttpCode(200)
  @Access.public()
  @ApiZodQuery(unsubscribeQuerySchema)
  unsubscribe(@Query(new ZodValidationPipe(unsubscribeQuerySchema)) q: UnsubscribeQuery): Promise<UnsubscribeDto> {
    return this.settings.unsubscribe(q.token);
  }
}
