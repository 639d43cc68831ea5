import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { Actor } from '@tdkt/domain';
import { CredentialStore, generateOneTimePassword, hashPassword, OrgDirectory, verifyPassword } from '@tdkt/persistence';
import { UnitScopeService } from '../../org/unit-scope.service';
import { CurrentOfficialInfo } from '../current-official';
import { SessionIssuer } from '../sessions/session-issuer.service';
import { SessionTokensDto } from '../sessions/session-tokens.dto';
import { LoginThrottleService } from '../throttle/login-throttle.service';
import { OneTimePasswordView } from './one-time-password.view';
import { passwordProblems } from './password-policy';

/** An official changing their own password, and an administrator resetting someone else's. */
@Injectable()
export class PasswordService {
  constructor(
    private readonly directory: OrgDirectory,
    private readonly credentials: CredentialStore,
    private readonly issuer: SessionIssuer,
    private readonly throttle: LoginThrottleService,
    private readonly scope: UnitScopeService,
  ) {}

  /** Every session of the official ends (this one too); the answer is a fresh one, so the official stays signed in here. */
  async change(
    me: CurrentOfficialInfo,
    currentPassword: string,
    newPassword: string,
    address: string | undefined,
  ): Promise<SessionTokensDto> {
    const username = me.actor.username;
    // Guessing the current password through a stolen session counts as failed sign-ins, and is locked out the same way.
    await this.throttle.admit(username, address);
    const found = await this.directory.findOfficial({ id: me.actor.officialId });
    if (!found) throw new NotFoundException('Không tìm thấy tài khoản của bạn.');
    if (!(await verifyPassword(currentPassword, found.official.passwordHash))) {
      await this.throttle.recordFailure(username, address);
      throw new BadRequestException('Mật khẩu hiện tại không đúng.');
    }
    const problems = passwordProblems(newPassword, username);
    if (currentPassword.normalize('NFC') === newPassword.normalize('NFC')) problems.push('Mật khẩu mới phải khác mật khẩu hiện tại.');
    if (problems.length) throw new BadRequestException(problems.join(' '));
    await this.throttle.resetAccount(username);
    await this.credentials.setPassword(found.official.id, await hashPassword(newPassword), {
      mustChangePassword: false,
      revokeReason: 'password_changed',
    });
    return this.issuer.open({ ...found.official, mustChangePassword: false });
  }

  /** An administrator, over an official of a unit in their scope: a one-time password, to be changed at first use. */
  async reset(admin: Actor, officialId: string): Promise<OneTimePasswordView> {
    const found = await this.directory.findOfficial({ id: officialId });
    if (!found) throw new NotFoundException(`Không tìm thấy cán bộ có mã "${officialId}".`);
    await this.scope.unitInScope(admin, found.unit.code, ['admin']);
    if (found.official.id === admin.officialId)
      throw new BadRequestException('Không tự cấp lại mật khẩu cho chính mình: hãy dùng chức năng "Đổi mật khẩu".');
    const oneTimePassword = generateOneTimePassword();
    await this.credentials.setPassword(found.official.id, await hashPassword(oneTimePassword), {
      mustChangePassword: true,
      revokeReason: 'password_reset',
    });
    // A locked-out official is usually why the password is reset: they may sign in with the new one at once.
    await this.throttle.resetAccount(found.official.username);
    return { officialId: found.official.id, username: found.official.username, oneTimePassword, mustChangePassword: true };
  }
}
