import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { ROLE_LABELS_VI } from '@tdkt/domain';
import { AuthService } from './auth.service';
import { CurrentOfficial, CurrentOfficialInfo } from './current-official';
import { CurrentSession } from './current-session';
import { LoginDto } from './login.dto';
import { MeView } from './me.view';
import { OwnAccount } from './own-account.decorator';
import { ChangePasswordDto } from './passwords/change-password.dto';
import { PasswordService } from './passwords/password.service';
import { Public } from './public.decorator';
import { RefreshDto } from './sessions/refresh.dto';
import { SessionTokensDto } from './sessions/session-tokens.dto';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly passwords: PasswordService,
  ) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange username and password for a session: a short access token and a refresh token' })
  @ApiOkResponse({ type: SessionTokensDto })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed sign-ins for this username or address; see Retry-After' })
  login(@Body() body: LoginDto, @Req() request: Request): Promise<SessionTokensDto> {
    return this.auth.login(body.username, body.password, request.ip);
  }

  @Public()
  @Post('auth/refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange the refresh token for new tokens; the old refresh token stops working' })
  @ApiOkResponse({ type: SessionTokensDto })
  @ApiUnauthorizedResponse({ description: 'Expired, revoked or already used refresh token (a reused one revokes its session)' })
  refresh(@Body() body: RefreshDto): Promise<SessionTokensDto> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @OwnAccount()
  @ApiOperation({ summary: 'End the current session: its access and refresh tokens stop working' })
  @ApiNoContentResponse({ description: 'Signed out' })
  logout(@CurrentSession() sessionId: string): Promise<void> {
    return this.auth.logout(sessionId);
  }

  @Post('auth/password')
  @HttpCode(200)
  @ApiBearerAuth()
  @OwnAccount()
  @ApiOperation({ summary: 'Change one’s own password; every other session ends, and a fresh one is returned' })
  @ApiOkResponse({ type: SessionTokensDto })
  @ApiBadRequestResponse({ description: 'Wrong current password, or the new one is refused (the message says why)' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong current passwords; see Retry-After' })
  changePassword(
    @CurrentOfficial() me: CurrentOfficialInfo,
    @Body() body: ChangePasswordDto,
    @Req() request: Request,
  ): Promise<SessionTokensDto> {
    return this.passwords.change(me, body.currentPassword, body.newPassword, request.ip);
  }

  @Get('me')
  @ApiBearerAuth()
  @OwnAccount()
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
