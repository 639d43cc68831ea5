import * as account from './catalogue/account';
import * as accountsAdmin from './catalogue/accounts-admin';
import * as actions from './catalogue/actions';
import * as audit from './catalogue/audit';
import * as awards from './catalogue/awards';
import * as campaign from './catalogue/campaign';
import * as common from './catalogue/common';
import * as dashboard from './catalogue/dashboard';
import * as newCampaign from './catalogue/new-campaign';
import { en, vi } from './messages';

const features = { common, campaign, actions, audit, dashboard, newCampaign, awards, account, accountsAdmin };

describe('the message catalogue', () => {
  it('gives every key to one feature only, so no feature silently replaces another’s words', () => {
    const owners = new Map<string, string[]>();
    for (const [feature, catalogue] of Object.entries(features))
      for (const key of Object.keys(catalogue.vi)) owners.set(key, [...(owners.get(key) ?? []), feature]);
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
  });

  it('has every Vietnamese key in English too, and no empty message', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    const blank = (catalogue: Record<string, string>) => Object.keys(catalogue).filter((key) => !catalogue[key].trim());
    expect([...blank(vi), ...blank(en)]).toEqual([]);
  });
});
