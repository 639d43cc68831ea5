import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppConfig } from '@tdkt/config';
import { RequireRoles } from '../auth/require-roles.decorator';
import { APP_CONFIG } from '../config/config.module';
import { OperatorLinksView } from './operator-links.view';

/**
 * The deployment's operator tools, for the officials who check the record. Only a link is handed out: the
 * Temporal UI has no login of its own, so whether it is reachable at all is the network's decision.
 */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class OperatorLinksController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('operator-links')
  @RequireRoles('auditor', 'admin')
  @ApiOperation({ summary: 'Where the Temporal Web UI is, to open a workflow of the timeline in it (auditors and administrators)' })
  @ApiOkResponse({ type: OperatorLinksView })
  @ApiForbiddenResponse({ description: 'Neither an auditor nor an administrator' })
  links(): OperatorLinksView {
    return { temporalUi: this.config.temporalUiUrl, namespace: this.config.temporal.namespace };
  }
}
