import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  acceptInvitationSchema,
  inviteMemberSchema,
  listMembersQuerySchema,
  type AcceptInvitationRequest,
  type InvitationDto,
  type InvitationPreviewDto,
  type InviteMemberRequest,
  type ListMembersQuery,
  type MeDto,
  type MemberDto,
  type Page,
} from '@qifu/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access } from '../../common/auth/access.decorator';
import type { Actor, RequestContext } from '../../common/auth/actor';
import { CurrentActor, ReqContext } from '../../common/auth/current-actor.decorator';
import { setSessionCookie } from '../../common/auth/session-cookie';
import { ApiZodBody, ApiZodQuery } from '../../common/openapi/api-zod.decorators';
import { TokenPipe, UuidPipe, ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema';
import { MembersService } from './members.service';

@ApiTags('organisation')
@Controller()
export class MembersController {
  constructor(
    private readonly members: MembersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('organisation/members')
  @Access.admin()
  @ApiZodQuery(listMembersQuerySchema)
  list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(listMembersQuerySchema)) q: ListMembersQuery): Promise<Page<MemberDto>> {
    return this.members.list(actor, q.page, q.pageSize);
  }

  @Delete('organisation/members/:id')
  @HttpCode(204)
  @Access.admin()
  remove(@CurrentActor() actor: Actor, @Param('id', new UuidPipe()) id: string, @ReqContext() ctx: RequestContext): Promise<void> {
    return this.members.remove(actor, id, ctx);
  }

  @Get('organisation/invitations')
  @Access.admin()
  listInvitations(@CurrentActor() actor: Actor): Promise<Omit<InvitationDto, 'acceptPath'>[]> {
    return this.members.listInvitations(actor);
  }

  @Post('organisation/invitations')
  @Access.admin()
  @ApiZodBody(inviteMemberSchema)
  invite(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(inviteMemberSchema)) body: InviteMemberRequest,
    @ReqContext() ctx: RequestContext,
  ): Promise<InvitationDto> {
    return this.members.invite(actor, body, ctx);
  }

  @Delete('organisation/invitations/:id')
  @HttpCode(204)
  @Access.admin()
  revokeInvitation(@CurrentActor() actor: Actor, @Param('id', new UuidPipe()) id: string): Promise<void> {
    return this.members.revokeInvitation(actor, id);
  }

  @Get('invitations/:token')
  @Access.public()
  preview(@Param('token', new TokenPipe()) token: string): Promise<InvitationPreviewDto> {
    return this.members.preview(token);
  }

  @Post('invitations/:token/accept')
  @Access.public()
  @ApiZodBody(acceptInvitationSchema)
  async accept(
    @Param('token', new TokenPipe()) token: string,
    @Body(new ZodValidationPipe(acceptInvitationSchema)) body: AcceptInvitationRequest,
    @ReqContext() ctx: RequestContext,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeDto> {
    const { token: sessionToken, me } = await this.members.accept(token, body, ctx);
    setSessionCookie(req, reply, sessionToken, this.config);
    return me;
  }
}
