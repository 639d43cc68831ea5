import { bodyLimitFor, DEFAULT_BODY_LIMIT_BYTES, readableSize } from './body-limits';

describe('bodyLimitFor', () => {
  const MB = 1024 * 1024;

  it('gives most routes the small default', () => {
    expect(bodyLimitFor('POST', '/auth/login')).toBe(DEFAULT_BODY_LIMIT_BYTES);
    expect(bodyLimitFor('POST', '/delegations')).toBe(DEFAULT_BODY_LIMIT_BYTES);
    expect(bodyLimitFor('POST', '/campaigns/3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f/end')).toBe(DEFAULT_BODY_LIMIT_BYTES);
    expect(readableSize(DEFAULT_BODY_LIMIT_BYTES)).toBe('100 kB');
  });

  it('gives a whole plan, a report with nominations and the org import what they need, by method and exact route', () => {
    expect(bodyLimitFor('POST', '/campaigns')).toBe(MB);
    expect(bodyLimitFor('POST', '/campaigns/')).toBe(MB);
    expect(bodyLimitFor('PUT', '/campaigns')).toBe(DEFAULT_BODY_LIMIT_BYTES);
    expect(bodyLimitFor('POST', '/admin/plan-templates')).toBe(MB);
    expect(bodyLimitFor('POST', '/campaigns/3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f/units/TQ-YS/obligations/so-ket%231/submission')).toBe(MB);
    expect(bodyLimitFor('POST', '/campaigns/3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f/units/TQ-YS/obligations/so-ket/decision')).toBe(
      DEFAULT_BODY_LIMIT_BYTES,
    );
    expect(bodyLimitFor('POST', '/admin/org-import')).toBe(40 * MB);
    expect(bodyLimitFor('POST', '/admin/org-import/csv')).toBe(40 * MB);
    expect(bodyLimitFor('POST', '/admin/org-import/csv/extra')).toBe(DEFAULT_BODY_LIMIT_BYTES);
    expect(bodyLimitFor('POST', '/campaigns/3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f/award-dossiers')).toBe(8 * MB);
    expect(bodyLimitFor('PUT', '/award-catalogue/overrides/TQ')).toBe(MB);
    expect(readableSize(40 * MB)).toBe('40 MB');
  });
});
