import { Select } from 'antd';
import { useMemo } from 'react';
import type { CampaignSummary } from '../../api/queries';
import { matchesSearch, vietnameseCollator } from '../../format/vietnamese-search';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import './CampaignPicker.css';

interface Props {
  id: string;
  label: string;
  placeholder: string;
  campaigns: readonly CampaignSummary[];
  loading: boolean;
  value: string | undefined;
  onChange(campaignId: string | undefined): void;
}

/** A campaign chosen by typing part of its title, plan number or issuer, with or without diacritics. */
export function CampaignPicker({ id, label, placeholder, campaigns, loading, value, onChange }: Props) {
  const t = useT();
  const options = useMemo(
    () =>
      [...campaigns]
        .sort((a, b) => vietnameseCollator.compare(a.title, b.title))
        .map((campaign) => ({
          value: campaign.id,
          label: t('audit.campaignOption', { title: campaign.title, status: t(`status.${campaign.status}` as MessageKey) }),
          search: [campaign.title, campaign.planNumber, campaign.issuerUnitCode, String(campaign.year)],
        })),
    [campaigns, t],
  );
  return (
    <div className="campaign-picker">
      <label htmlFor={id} className="campaign-picker__label">
        {label}
      </label>
      <Select
        id={id}
        className="campaign-picker__select"
        showSearch
        allowClear
        loading={loading}
        placeholder={placeholder}
        value={value}
        onChange={(next?: string) => onChange(next)}
        options={options}
        filterOption={(input, option) => !!option && matchesSearch(input, option.search)}
        popupMatchSelectWidth={false}
      />
    </div>
  );
}
