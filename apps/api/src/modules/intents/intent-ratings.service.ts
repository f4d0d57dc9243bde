import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RateIntentRequest } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { Notifier } from '../notifications/notifier';
import { RatingsService } from '../ratings/ratings.service';
import { CatalogueVersionFeed } from '../listings/catalogue-version-feed';
import { IntentPolicy, type IntentParties } from './intent.policy';
import {
  INTENT_FOR_RATING,
  INTENT_PARTIES,
  type IntentForRatingRow,
} from './intent.sql';

// Rating an intent: the company, once, after completion; the provider may reply once.
@Injectable()
export class IntentRatingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: IntentPolicy,
    private readonly ratings: RatingsService,
    private readonly notifier: Notifier,
    private readonly versions: CatalogueVersionFeed,
  ) {}

  async rate(
    actor: Actor,
    intentId: string,
    body: RateIntentRequest,
  ): Promise<void> {
    await this.db.transaction(async (m) => {
      const rows: IntentForRatingRow[] = await m.query(INTENT_FOR_RATING, [
        intentId,
      ]);
      const party = this.policy.partyOf(actor, rows[0]);
      if (party !== 'company')
        throw new AppError(
          'FORBIDDEN',
          'Only the company that received the service rates it.',
        );
      if (rows[0].status !== 'completed')
        throw new AppError(
          'RATING_NOT_ALLOWED',
          'An intent can be rated once the company has confirmed completion.',
        );
      await this.ratings.rate(m, rows[0], body);
      await this.notifier.toOrganisation(
        m,
        { kind: 'provider', id: rows[0].provider_id },
        { kind: 'rating', intentId, title: '收到新的服务评价', detail: {} },
      );
    });
    // The rating moved the service's and provider's averages the catalogue shows.
    await this.versions.refresh();
  }

  async reply(actor: Actor, intentId: string, reply: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const rows: IntentParties[] = await m.query(INTENT_PARTIES, [intentId]);
      const party = this.policy.partyOf(actor, rows[0]);
      if (party !== 'provider')
        throw new AppError(
          'FORBIDDEN',
          'Only the provider replies to its rating.',
        );
      await this.ratings.reply(m, intentId, reply);
    });
  }
}
