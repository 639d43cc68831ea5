import { defaultCampaignId } from './default-campaign';

const campaign = (id: string, status: string, issuedAt: string | null, createdAt = '2026-01-01T00:00:00Z') => ({
  id,
  status,
  issuedAt,
  createdAt,
});

describe('the campaign the dashboard opens on', () => {
  it('is the newest running campaign, by issue date', () =>
    expect(
      defaultCampaignId([
        campaign('old', 'running', '2026-01-05T00:00:00Z'),
        campaign('closed', 'closed', '2026-03-01T00:00:00Z'),
        campaign('new', 'running', '2026-02-05T00:00:00Z'),
      ]),
    ).toBe('new'));

  it('is the newest of any status when none is running, a draft counted from its creation', () =>
    expect(
      defaultCampaignId([
        campaign('issued', 'closed', '2026-01-05T00:00:00Z'),
        campaign('draft', 'in_approval', null, '2026-02-01T00:00:00Z'),
      ]),
    ).toBe('draft'));

  it('is none when there is no campaign', () => expect(defaultCampaignId([])).toBeUndefined());
});
