import { Body, Controller, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { RequireRoles } from '../auth/require-roles.decorator';
import { toUnitView, UnitView } from '../org/unit.view';
import { CreateRootDto } from './create-root.dto';
import { OrgRootsService } from './org-roots.service';

@ApiTags('admin')
@ApiBearerAuth()
@RequireRoles('system_admin')
@Controller('org/roots')
export class OrgRootsController {
  constructor(private readonly roots: OrgRootsService) {}

  @Post()
  @ApiOperation({ summary: 'A new independent root unit (system administrator); appoint its administrator with POST /officials' })
  @ApiCreatedResponse({ type: UnitView })
  @ApiBadRequestResponse({ description: 'A field is not valid, or the level does not exist' })
  @ApiForbiddenResponse({ description: 'Not a system administrator' })
  @ApiConflictResponse({ description: 'A unit already has this code' })
  async create(@Body() body: CreateRootDto): Promise<UnitView> {
    return toUnitView(await this.roots.create(body));
  }
}
