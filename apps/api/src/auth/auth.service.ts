import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@tdkt/config';
import { OrgDirectory, verifyPassword } from '@tdkt/persistence';
import { APP_CONFIG } from '../config/config.module';
import { AccessTokenDto } from './login.dto';
import { TokenPayload } from './token-payload';

@Injectable()
export class AuthService {
  constructor(
    private readonly directory: OrgDirectory,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(username: string, password: string): Promise<AccessTokenDto> {
    const found = await this.directory.findOfficial({ username: username.trim().toLowerCase() });
    // One message for unknown user and wrong password, so the endpoint does not reveal which accounts exist.
    const valid = found?.official.active && (await verifyPassword(password, found.official.passwordHash));
    if (!found || !valid) throw new UnauthorizedException('Tên đăng nhập hoặc mật khẩu không đúng.');
    const payload: TokenPayload = { sub: found.official.id, username: found.official.username };
    return { accessToken: await this.jwt.signAsync(payload), expiresIn: this.config.jwt.expiresInSeconds };
  }
}
