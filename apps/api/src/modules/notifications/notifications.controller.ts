import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { listPageQuerySchema, type ListPageQuery, type NotificationDto, type Page } from '@qifu/contracts';
import { Access } from '../../common/auth/access.decorator';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Access.signedIn()
  @ApiZodQuery(listPageQuerySchema)
  list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(listPageQuerySchema)) q: ListPageQuery): Promise<Page<NotificationDto>> {
    return this.notifications.list(actor, q.page, q.pageSize);
  }

  @Get('unread-count')
  @Access.signedIn()
  async unread(@CurrentActor() actor: Actor): Promise<{ unread: number }> {
    return { unread: await this.notifications.unreadCount(actor) };
  }

  @Post(':id/read')
  @HttpCode(204)
  @Access.signedIn()
  markRead(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    return this.notifications.markRead(actor, id);
  }

  @Post('read-all')
  @HttpCode(200)
  @Access.signedIn()
  async markAll(@CurrentActor() actor: Actor): Promise<{ marked: number }> {
    return { marked: await this.notifications.markAllRead(actor) };
  }
}
