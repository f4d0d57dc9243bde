import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from '../../common/auth/access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';
import { SignupThrottle } from './signup-throttle.service';

@Global()
@Module({
  controllers: [AuthController],
  providers: [AuthService, SessionsService, LoginThrottle, SignupThrottle, PasswordHasher, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [SessionsService, PasswordHasher, AuthService],
})
export class AuthModule {}
