// Every string the officials read, in Vietnamese first and in English, one file per feature under ./catalogue.
// Each feature's `en` is typed against its `vi` keys, so a key added to one and forgotten in the other fails the
// type check; `{name}` marks a parameter.
import * as account from './catalogue/account';
import * as accountsAdmin from './catalogue/accounts-admin';
import * as actions from './catalogue/actions';
import * as audit from './catalogue/audit';
import * as awards from './catalogue/awards';
import * as campaign from './catalogue/campaign';
import * as common from './catalogue/common';
import * as dashboard from './catalogue/dashboard';
import * as newCampaign from './catalogue/new-campaign';
import * as orgAdmin from './catalogue/org-admin';
import * as sso from './catalogue/sso';
import { fillTemplate } from './fill-template';

export const vi = {
  ...common.vi,
  ...campaign.vi,
  ...actions.vi,
  ...audit.vi,
  ...dashboard.vi,
  ...newCampaign.vi,
  ...awards.vi,
  ...account.vi,
  ...accountsAdmin.vi,
  ...orgAdmin.vi,
  ...sso.vi,
};

export type MessageKey = keyof typeof vi;
export type Catalogue = Record<MessageKey, string>;

export const en: Catalogue = {
  ...common.en,
  ...campaign.en,
  ...actions.en,
  ...audit.en,
  ...dashboard.en,
  ...newCampaign.en,
  ...awards.en,
  ...account.en,
  ...accountsAdmin.en,
  ...orgAdmin.en,
  ...sso.en,
};

export type Language = 'vi' | 'en';
export const catalogues: Record<Language, Catalogue> = { vi, en };

/** A message with its `{name}` parameters filled in; an unknown parameter is left visible, so it is noticed. */
export function formatMessage(catalogue: Catalogue, key: MessageKey, params?: Record<string, string | number>): string {
  return fillTemplate(catalogue[key], params);
}
