import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { providerProfileSchema, type ProviderProfileDto, type ProviderProfileInput } from '@qifu/contracts';
import { Access } from '../../common/auth/access.decorator';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { ApiZodBody } from '../../common/openapi/api-zod.decorators';
import { ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { ProviderProfileService } from './provider-profile.service';

// The provider's own institution profile. The provider id always comes from the session.
@ApiTags('provider workspace')
@Controller('provider/profile')
export class ProviderProfileController {
  constructor(private readonly profiles: ProviderProfileService) {}

  @Get()
  @Access.provider()
  get(@CurrentActor() actor: Actor): Promise<ProviderProfileDto> {
    return this.profiles.get(actor.org.id);
  }

  @Put()
  @Access.provider({ admin: true })
  @ApiZodBody(providerProfileSchema)
  update(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(providerProfileSchema)) body: ProviderProfileInput): Promise<ProviderProfileDto> {
    return this.profiles.update(actor.org.id, body);
  }
}
