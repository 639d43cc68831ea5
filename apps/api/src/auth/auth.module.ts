import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '@tdkt/config';
import { APP_CONFIG } from '../config/config.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtAuthGuard } from './jwt-auth.guard';
import { ReadOnlyGuard } from './read-only.guard';
import { RolesGuard } from './roles.guard';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwt.secret, signOptions: { expiresIn: config.jwt.expiresInSeconds } }),
    }),
  ],
  controllers: [AuthController],
  // Guards run in this order: who you are, whether your roles open the route, whether your roles may change anything.
  providers: [
    AuthService,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_GUARD, useClass: ReadOnlyGuard },
  ],
})
export class AuthModule {}
