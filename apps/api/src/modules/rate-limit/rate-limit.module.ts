import { Module } from '@nestjs/common';
import { RateLimitCounter } from './shared-rate-counter';

@Module({ providers: [RateLimitCounter], exports: [RateLimitCounter] })
export class RateLimitModule {}
