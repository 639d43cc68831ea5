import { mayOpenOperatorLinks, temporalWorkflowUrl } from './operator-links';

describe('links to the Temporal Web UI', () => {
  it('point at the workflow in its namespace, the id encoded (campaign workflow ids hold colons)', () =>
    expect(temporalWorkflowUrl({ temporalUi: 'http://localhost:8233', namespace: 'default' }, 'participation:c-1:TQ-YS')).toBe(
      'http://localhost:8233/namespaces/default/workflows/participation%3Ac-1%3ATQ-YS',
    ));

  it('are not offered when the deployment has no UI, or before the links have loaded', () => {
    expect(temporalWorkflowUrl({ temporalUi: null, namespace: 'default' }, 'campaign:c-1')).toBeNull();
    expect(temporalWorkflowUrl(undefined, 'campaign:c-1')).toBeNull();
  });

  it('are asked for by auditors and administrators only', () => {
    expect(mayOpenOperatorLinks([{ code: 'auditor' }])).toBe(true);
    expect(mayOpenOperatorLinks([{ code: 'specialist' }, { code: 'admin' }])).toBe(true);
    expect(mayOpenOperatorLinks([{ code: 'leader' }])).toBe(false);
    expect(mayOpenOperatorLinks(undefined)).toBe(false);
  });
});
