import { Global, Module } from '@nestjs/common';
import { AccessPolicy } from './access-policy.service';

/** Global so that every feature module asks the same policy without importing it (apps/api/src/access). */
@Global()
@Module({
  providers: [AccessPolicy],
  exports: [AccessPolicy],
})
export class AccessModule {}
