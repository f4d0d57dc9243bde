import { Module } from '@nestjs/common';
import { IntentCreateBatcher } from './intent-create.batcher';
import { IntentMessagesService } from './intent-messages.service';
import { IntentRatingsService } from './intent-ratings.service';
import { IntentPolicy } from './intent.policy';
import { IntentsController } from './intents.controller';
import { IntentsService } from './intents.service';
import { OverdueSweep } from './overdue-sweep';

@Module({
  controllers: [IntentsController],
  providers: [
    IntentsService,
    IntentCreateBatcher,
    IntentMessagesService,
    IntentRatingsService,
    IntentPolicy,
    OverdueSweep,
  ],
  exports: [IntentsService],
})
export class IntentsModule {}
