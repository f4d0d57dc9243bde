import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  changePasswordSchema,
  loginSchema,
  registerSchema,
  type ChangePasswordRequest,
  type LoginRequest,
  type MeDto,
  type MeResponse,
  type RegisterRequest,
  type SessionDto,
} from '@qifu/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access } from '../../common/auth/access.decorator';
import type { Actor, RequestContext } from '../../common/auth/actor';
import { CurrentActor, ReqContext } from '../../common/auth/current-actor.decorator';
import { clearSessionCookie, setSessionCookie } from '../../common/auth/session-cookie';
import { ApiZodBody } from '../../common/openapi/api-zod.decorators';
import { UuidPipe, ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema';
import { AuthService } from './auth.service';
import { SessionsService } from './sessions.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('register')
  @Access.public()
  @ApiZodBody(registerSchema)
  async register(
    @Body(new ZodValidationPipe(registerSchema)) body: RegisterRequest,
    @ReqContext() ctx: RequestContext,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeDto> {
    const { token, me } = await this.auth.register(body, ctx);
    setSessionCookie(req, reply, token, this.config);
    return me;
  }

  @Post('login')
  @HttpCode(200)
  @Access.public()
  @ApiZodBody(loginSchema)
  async login(
    @Body(new ZodValidationPipe(loginSchema)) body: LoginRequest,
    @ReqContext() ctx: RequestContext,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeDto> {
    const { token, me } = await this.auth.login(body, ctx);
    // A previous session in this browser ends once the new one exists (a wrong password keeps it).
    if (req.actor) await this.sessions.revoke(req.actor.session.id);
    setSessionCookie(req, reply, token, this.config);
    return me;
  }

  @Post('logout')
  @HttpCode(204)
  @Access.signedIn()
  async logout(
    @CurrentActor() actor: Actor,
    @ReqContext() ctx: RequestContext,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(actor, ctx);
    clearSessionCookie(req, reply, this.config);
  }

  // Public: a signed-out visitor (or an ended session) is a state the page renders, not a failed request.
  @Get('me')
  @Access.public()
  me(@Req() req: FastifyRequest): MeResponse {
    return this.auth.meOrSignedOut(req.actor);
  }

  @Post('password')
  @HttpCode(200)
  @Access.signedIn()
  @ApiZodBody(changePasswordSchema)
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(changePasswordSchema)) body: ChangePasswordRequest,
    @ReqContext() ctx: RequestContext,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeDto> {
    const { token, me } = await this.auth.changePassword(actor, body, ctx);
    setSessionCookie(req, reply, token, this.config);
    return me;
  }

  @Get('sessions')
  @Access.signedIn()
  listSessions(@CurrentActor() actor: Actor): Promise<SessionDto[]> {
    return this.sessions.list(actor);
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @Access.signedIn()
  revokeSession(@CurrentActor() actor: Actor, @Param('id', new UuidPipe()) id: string): Promise<void> {
    return this.sessions.revokeOwn(actor, id);
  }

  @Post('sessions/revoke-others')
  @HttpCode(200)
  @Access.signedIn()
  async revokeOthers(@CurrentActor() actor: Actor, @ReqContext() ctx: RequestContext): Promise<{ revoked: number }> {
    return { revoked: await this.auth.revokeOtherSessions(actor, ctx) };
  }
}
