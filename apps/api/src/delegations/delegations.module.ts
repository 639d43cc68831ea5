import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DelegationRepository } from '@tdkt/persistence';
import { DelegatedActorService } from './delegated-actor.service';
import { DelegationsController } from './delegations.controller';
import { DelegationsService } from './delegations.service';

@Module({
  controllers: [DelegationsController],
  providers: [
    DelegationsService,
    DelegatedActorService,
    { provide: DelegationRepository, inject: [DataSource], useFactory: (ds: DataSource) => new DelegationRepository(ds) },
  ],
  exports: [DelegatedActorService],
})
export class DelegationsModule {}
