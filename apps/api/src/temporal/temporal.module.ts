import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { AppConfig } from '@tdkt/config';
import { createLazyClient } from '@tdkt/temporal';
import { APP_CONFIG } from '../config/config.module';

/** The api talks to Temporal only as a client: it never imports workflow or activity code. */
@Global()
@Module({
  providers: [{ provide: Client, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createLazyClient(config.temporal) }],
  exports: [Client],
})
export class TemporalModule implements OnApplicationShutdown {
  constructor(@Inject(Client) private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}
