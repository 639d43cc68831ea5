import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentOfficial, CurrentOfficialInfo } from '../current-official';
import { RequireRoles } from '../require-roles.decorator';
import { OneTimePasswordView } from './one-time-password.view';
import { PasswordService } from './password.service';

@ApiTags('admin')
@ApiBearerAuth()
@RequireRoles('admin')
@Controller('officials')
export class PasswordResetController {
  constructor(private readonly passwords: PasswordService) {}

  @Post(':id/password-reset')
  @HttpCode(200)
  @ApiOperation({ summary: 'Give an official a one-time password (shown once); they must change it at their next sign-in' })
  @ApiOkResponse({ type: OneTimePasswordView })
  @ApiForbiddenResponse({ description: 'Not an administrator, or the official’s unit is outside the administrator’s scope' })
  @ApiNotFoundResponse({ description: 'No official with this id' })
  reset(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id') officialId: string): Promise<OneTimePasswordView> {
    return this.passwords.reset(me.actor, officialId);
  }
}
