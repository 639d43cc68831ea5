import { Body, Controller, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { RequireRoles } from '../auth/require-roles.decorator';
import { ImportSummaryDto, OrgCsvImportDto, OrgImportDto } from './org-import.dto';
import { OrgImportService } from './org-import.service';

@ApiTags('admin')
@ApiBearerAuth()
@RequireRoles('admin')
@ApiBadRequestResponse({ description: 'Row-level errors; nothing was imported' })
@ApiForbiddenResponse({ description: 'Not an administrator, or rows outside the administrator’s unit' })
@Controller('admin/org-import')
export class OrgImportController {
  constructor(private readonly imports: OrgImportService) {}

  @Post()
  @ApiOperation({ summary: 'Import levels, units and officials from JSON (all or nothing)' })
  @ApiCreatedResponse({ type: ImportSummaryDto })
  importJson(@CurrentOfficial() me: CurrentOfficialInfo, @Body() body: OrgImportDto) {
    return this.imports.importJson(me.actor, body);
  }

  @Post('csv')
  @ApiOperation({ summary: 'Import units and officials from CSV text (all or nothing)' })
  @ApiCreatedResponse({ type: ImportSummaryDto })
  importCsv(@CurrentOfficial() me: CurrentOfficialInfo, @Body() body: OrgCsvImportDto) {
    return this.imports.importCsv(me.actor, body);
  }
}
