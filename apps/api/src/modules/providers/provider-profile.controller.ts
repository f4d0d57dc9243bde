import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { providerProfileSchema, type ProviderProfileDto, type ProviderProfileInput } from '@qifu/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Access } from '../../common/auth/access.decorator';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { AppError } from '../../common/errors/app-error';
import { ApiZodBody } from '../../common/openapi/api-zod.decorators';
import { ZodValidationPipe } from '../../common/validation/zod-validation.pipe';
import { ProvidersService } from './providers.service';

// The provider's own institution profile. The provider id always comes from the session.
@ApiTags('provider workspace')
@Controller('provider/profile')
export class ProviderProfileController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly providers: ProvidersService,
  ) {}

  @Get()
  @Access.provider()
  get(@CurrentActor() actor: Actor): Promise<ProviderProfileDto> {
    return this.profile(actor.org.id);
  }

  @Put()
  @Access.provider({ admin: true })
  @ApiZodBody(providerProfileSchema)
  async update(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(providerProfileSchema)) body: ProviderProfileInput): Promise<ProviderProfileDto> {
    const categories = [...new Set(body.categories)];
    await this.db.transaction(async (m) => {
      const known: { code: string }[] = await m.query(`SELECT code FROM category WHERE code = ANY($1::text[])`, [categories]);
      if (known.length !== categories.length) {
        throw new AppError('UNKNOWN_CATEGORY', 'Unknown category.', [{ field: 'categories', message: 'unknown category' }]);
      }
      await m.query(
        `UPDATE provider SET summary = $2, description = $3, qualifications = $4, contact_name = $5, contact_phone = $6,
                contact_email = $7, address = $8, updated_at = now() WHERE id = $1`,
        [actor.org.id, body.summary, body.description, body.qualifications, body.contactName, body.contactPhone, body.contactEmail, body.address],
      );
      await m.query(`DELETE FROM provider_category WHERE provider_id = $1 AND category_code <> ALL($2::text[])`, [actor.org.id, categories]);
      await m.query(`INSERT INTO provider_category (provider_id, category_code) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`, [actor.org.id, categories]);
    });
    return this.profile(actor.org.id);
  }

  // The edit form needs the qualifications back, or saving it would blank them; the public detail has none.
  private async profile(id: string): Promise<ProviderProfileDto> {
    const detail = await this.providers.get(id, { includeUnapproved: true });
    const rows: { qualifications: string }[] = await this.db.query(`SELECT qualifications FROM provider WHERE id = $1`, [id]);
    return { ...detail, qualifications: rows[0]?.qualifications ?? '' };
  }
}
