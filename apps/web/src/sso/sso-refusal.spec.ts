import { ssoRefusalMessage } from './sso-refusal';

describe('why single sign-on was refused', () => {
  it('explains each reason the API sends, and any other one generally', () => {
    expect(ssoRefusalMessage(new URLSearchParams('sso=loi&ly-do=chua-co-tai-khoan'))).toBe('sso.refused.chua-co-tai-khoan');
    expect(ssoRefusalMessage(new URLSearchParams('sso=loi&ly-do=moi-hon'))).toBe('sso.refused.other');
    expect(ssoRefusalMessage(new URLSearchParams('next=%2Fhop-viec'))).toBeNull();
  });
});
