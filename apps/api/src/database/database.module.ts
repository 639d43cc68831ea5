import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@tdkt/config';
import { dataSourceOptions, OrgDirectory } from '@tdkt/persistence';
import { APP_CONFIG } from '../config/config.module';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.database),
        migrationsRun: config.runMigrations,
        migrationsTransactionMode: 'each',
      }),
    }),
  ],
  providers: [{ provide: OrgDirectory, inject: [DataSource], useFactory: (dataSource: DataSource) => new OrgDirectory(dataSource) }],
  exports: [OrgDirectory],
})
export class DatabaseModule {}
