import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema';
import { IntentsService } from './intents.service';

// Periodically flags intents whose response deadline passed. Safe with several API processes:
// a unique index lets each intent be flagged once per recipient whoever gets there first.
@Injectable()
export class OverdueSweep
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger('OverdueSweep');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly intents: IntentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.OVERDUE_SWEEP_SECONDS) return;
    this.timer = setInterval(() => {
      this.intents
        .flagOverdue()
        .catch((err: unknown) =>
          this.logger.warn(`Overdue sweep failed: ${String(err)}`),
        );
    }, this.config.OVERDUE_SWEEP_SECONDS * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
