import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@tdkt/config';
import { APP_CONFIG } from '../config/config.module';
import { JsonLogger } from './json-logger';

@Global()
@Module({
  providers: [{ provide: JsonLogger, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new JsonLogger(config.logLevel, 'api') }],
  exports: [JsonLogger],
})
export class LoggingModule {}
