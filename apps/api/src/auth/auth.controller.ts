import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ROLE_LABELS_VI } from '@tdkt/domain';
import { AuthService } from './auth.service';
import { CurrentOfficial, CurrentOfficialInfo } from './current-official';
import { AccessTokenDto, LoginDto } from './login.dto';
import { MeView } from './me.view';
import { Public } from './public.decorator';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange username and password for a bearer token' })
  @ApiOkResponse({ type: AccessTokenDto })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password' })
  login(@Body() body: LoginDto): Promise<AccessTokenDto> {
    return this.auth.login(body.username, body.password);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in official: unit, roles, and what they may do' })
  @ApiOkResponse({ type: MeView })
  me(@CurrentOfficial() official: CurrentOfficialInfo): MeView {
    const { actor, ...profile } = official;
    return {
      id: actor.officialId,
      username: actor.username,
      ...profile,
      roles: actor.roles.map((code) => ({ code, label: ROLE_LABELS_VI[code] })),
    };
  }
}
