import { EnvReader } from './env-reader';
import { DEFAULT_OIDC_LABEL, readOidc } from './oidc-settings';

const read = (env: Record<string, string>) => {
  const reader = new EnvReader(env);
  return { settings: readOidc(reader), problems: reader.problems };
};

describe('single sign-on settings', () => {
  it('is off unless both the issuer and the client id are set', () => {
    expect(read({})).toEqual({ settings: null, problems: [] });
  });

  it('reads the provider, with preferred_username and the Vietnamese label by default', () => {
    const { settings, problems } = read({
      OIDC_ISSUER_URL: 'https://sso.tuyenquang.gov.vn/realms/tinh',
      OIDC_CLIENT_ID: 'thi-dua',
      OIDC_CLIENT_SECRET: 's3cret',
    });
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      issuerUrl: 'https://sso.tuyenquang.gov.vn/realms/tinh',
      clientId: 'thi-dua',
      clientSecret: 's3cret',
      usernameClaim: 'preferred_username',
      label: DEFAULT_OIDC_LABEL,
    });
  });

  it('takes another username claim and label', () => {
    const { settings } = read({
      OIDC_ISSUER_URL: 'http://127.0.0.1:4000',
      OIDC_CLIENT_ID: 'thi-dua',
      OIDC_USERNAME_CLAIM: 'upn',
      OIDC_LABEL: 'Đăng nhập bằng tài khoản công vụ',
    });
    expect(settings).toMatchObject({ usernameClaim: 'upn', label: 'Đăng nhập bằng tài khoản công vụ', clientSecret: undefined });
  });

  it('names every bad variable at once', () => {
    const { problems } = read({
      OIDC_ISSUER_URL: 'http://sso.tinh.gov.vn',
      OIDC_USERNAME_CLAIM: 'preferred username',
      OIDC_LABEL: 'x'.repeat(61),
    });
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual([
      'OIDC_CLIENT_ID',
      'OIDC_ISSUER_URL',
      'OIDC_USERNAME_CLAIM',
      'OIDC_LABEL',
    ]);
  });

  it('refuses a secret without a provider to give it to', () => {
    expect(read({ OIDC_CLIENT_SECRET: 's3cret' }).problems).toEqual([expect.stringMatching(/^OIDC_CLIENT_SECRET/)]);
  });
});
