import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProviderProfileDto, ProviderProfileInput } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { KNOWN_CATEGORIES } from '../categories/categories.sql';
import { ADD_CATEGORIES, DROP_OTHER_CATEGORIES, QUALIFICATIONS, UPDATE_PROFILE } from './provider-profile.sql';
import { ProvidersService } from './providers.service';
import { CatalogueVersionFeed } from '../listings/catalogue-version-feed';

// The provider's own institution profile; the caller passes the provider id from the session.
@Injectable()
export class ProviderProfileService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly providers: ProvidersService,
    private readonly versions: CatalogueVersionFeed,
  ) {}

  async update(providerId: string, body: ProviderProfileInput): Promise<ProviderProfileDto> {
    const categories = [...new Set(body.categories)];
    await this.db.transaction(async (m) => {
      const known: { code: string }[] = await m.query(KNOWN_CATEGORIES, [categories]);
      if (known.length !== categories.length) {
        throw new AppError('UNKNOWN_CATEGORY', 'Unknown category.', [{ field: 'categories', message: 'unknown category' }]);
      }
      await m.query(UPDATE_PROFILE, [providerId, body.summary, body.description, body.qualifications, body.contactName, body.contactPhone, body.contactEmail, body.address]);
      await m.query(DROP_OTHER_CATEGORIES, [providerId, categories]);
      await m.query(ADD_CATEGORIES, [providerId, categories]);
    });
    // Committed: this process's next catalogue read must show it (see CatalogueVersionFeed).
    await this.versions.refresh();
    return this.get(providerId);
  }

  // The edit form needs the qualifications back, or saving it would blank them; the public detail has none.
  async get(providerId: string): Promise<ProviderProfileDto> {
    const detail = await this.providers.get(providerId, { includeUnapproved: true });
    const rows: { qualifications: string }[] = await this.db.query(QUALIFICATIONS, [providerId]);
    return { ...detail, qualifications: rows[0]?.qualifications ?? '' };
  }
}
