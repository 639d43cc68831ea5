import { ApiProperty } from '@nestjs/swagger';

/** Where operators look at the machinery behind the record; the web app builds each workflow's link from it. */
export class OperatorLinksView {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'http://localhost:8233',
    description: 'The Temporal Web UI (TEMPORAL_UI_URL), without a trailing slash; null when the deployment offers none',
  })
  temporalUi!: string | null;

  @ApiProperty({
    example: 'default',
    description: 'The Temporal namespace the workflows run in: `<temporalUi>/namespaces/<namespace>/workflows/<workflowId>`',
  })
  namespace!: string;
}
