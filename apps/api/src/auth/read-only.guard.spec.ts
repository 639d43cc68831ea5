import { ExecutionContext, ForbiddenException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@tdkt/domain';
import { OWN_ACCOUNT } from './own-account.decorator';
import { IS_PUBLIC } from './public.decorator';
import { ReadOnlyGuard } from './read-only.guard';

const contextFor = (method: string, roles: Role[] | null, isPublic = false, ownAccount = false): ExecutionContext => {
  const official = roles && { actor: { officialId: 'o', username: 'u', unitCode: 'TQ', unitPath: '/TQ/', roles } };
  const handler = () => undefined;
  if (isPublic) Reflect.defineMetadata(IS_PUBLIC, true, handler);
  if (ownAccount) Reflect.defineMetadata(OWN_ACCOUNT, true, handler);
  return {
    getHandler: () => handler,
    getClass: () => class {},
    switchToHttp: () => ({ getRequest: () => ({ method, official }) }),
  } as unknown as ExecutionContext;
};

describe('ReadOnlyGuard', () => {
  const guard = new ReadOnlyGuard(new Reflector());

  it('lets an auditor read, and refuses any change with a message saying why', () => {
    expect(guard.canActivate(contextFor('GET', ['auditor']))).toBe(true);
    expect(guard.canActivate(contextFor('HEAD', ['auditor']))).toBe(true);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(() => guard.canActivate(contextFor(method, ['auditor']))).toThrow(
        new ForbiddenException('Tài khoản thanh tra, kiểm toán chỉ được xem, không được thay đổi dữ liệu.'),
      );
    }
  });

  it('leaves officials who also hold an acting role, public routes and anonymous requests to the other guards', () => {
    expect(guard.canActivate(contextFor('POST', ['auditor', 'leader']))).toBe(true);
    expect(guard.canActivate(contextFor('POST', ['specialist']))).toBe(true);
    expect(guard.canActivate(contextFor('POST', ['auditor'], true))).toBe(true);
    expect(guard.canActivate(contextFor('POST', null))).toBe(true);
  });

  it('lets an auditor change their own password and sign out', () => {
    expect(guard.canActivate(contextFor('POST', ['auditor'], false, true))).toBe(true);
  });
});
