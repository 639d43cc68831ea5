import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { RequireRoles } from '../auth/require-roles.decorator';
import { AddPlanTemplateDto } from './add-plan-template.dto';
import { TemplateDetailView } from './template-detail.view';
import { TemplatePageView } from './template-page.view';
import { TemplatesService } from './templates.service';
import { TemplateKeyParam } from '../common/path-params';

@ApiTags('templates')
@ApiBearerAuth()
@Controller()
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get('campaign-templates')
  @ApiOperation({ summary: 'Templates to start a campaign from (shipped and added), each with the placeholders it leaves open' })
  @ApiOkResponse({ type: TemplatePageView })
  list() {
    return this.templates.list();
  }

  @Get('campaign-templates/:key')
  @ApiOperation({ summary: 'A template in full: its plan with placeholders, and what each stands for' })
  @ApiOkResponse({ type: TemplateDetailView })
  @ApiNotFoundResponse({ description: 'No template with this key' })
  get(@Param('key', TemplateKeyParam) key: string) {
    return this.templates.get(key);
  }

  @Post('admin/plan-templates')
  @RequireRoles('admin')
  @ApiOperation({ summary: 'Add a template (administrators): placeholders must be known, and it must fill into a valid plan' })
  @ApiBadRequestResponse({ description: '`errors` lists each problem by path; nothing was stored' })
  @ApiForbiddenResponse({ description: 'Not an administrator' })
  @ApiConflictResponse({ description: 'A template already has this key' })
  add(@CurrentOfficial() me: CurrentOfficialInfo, @Body() body: AddPlanTemplateDto) {
    return this.templates.add(me, body);
  }
}
