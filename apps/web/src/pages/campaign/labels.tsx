import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  ExclamationCircleOutlined,
  MinusCircleOutlined,
  RollbackOutlined,
  SendOutlined,
} from '@ant-design/icons';
import type { Phase } from '@tdkt/domain';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../format/vietnam-time';
import { useT, type Translate } from '../../i18n/i18n-context';
import { vi, type MessageKey } from '../../i18n/messages';
import type { PhaseState } from './phase-states';
import { periodOf, type DueAnchor, type DueDescription } from './plan-document';

// Labels the campaign pages share. Levels are data (the tree may have any levels): a level the catalogue does not
// name is shown by its code.

const known = (key: string): key is MessageKey => key in vi;

export function levelLabel(t: Translate, levelCode: string): string {
  const key = `campaign.level.${levelCode}`;
  return known(key) ? t(key) : levelCode;
}

export function stateLabel(t: Translate, state: PhaseState): string {
  return t(`campaign.state.${state}`);
}

/** An obligation's status; the two a campaign's end leaves share the campaign's own words. */
export function obligationStatusLabel(t: Translate, status: string): string {
  const key = status === 'closed' || status === 'cancelled' ? `status.${status}` : `campaign.obligationStatus.${status}`;
  return known(key) ? t(key) : status;
}

/** "Phát động – kỳ 2": the phase's name from the plan, and the period of a periodic report. */
export function obligationLabel(t: Translate, phases: ReadonlyMap<string, Phase>, phaseKey: string, obligationKey: string): string {
  const phase = phases.get(phaseKey)?.name ?? phaseKey;
  const period = periodOf(obligationKey);
  return period === null ? phase : t('campaign.units.period', { phase, period });
}

function anchorText(t: Translate, anchor: DueAnchor): string {
  switch (anchor.kind) {
    case 'issued':
      return t('campaign.anchor.issued');
    case 'opens':
      return t('campaign.anchor.opens', { phase: anchor.phaseName });
    case 'due':
      return t('campaign.anchor.due', { phase: anchor.phaseName });
    case 'other':
      return anchor.name;
  }
}

/** A due date in the plan's own terms, for a date the calendar cannot count yet. */
export function dueDescriptionText(t: Translate, due: DueDescription): string {
  switch (due.kind) {
    case 'date':
      return due.text;
    case 'workingDays':
      return t('campaign.due.workingDays', { days: due.days, anchor: anchorText(t, due.anchor) });
    case 'duration':
      return t('campaign.due.duration', { duration: due.duration, anchor: anchorText(t, due.anchor) });
    case 'announcedLater':
      return t('due.toBeAnnounced');
  }
}

/** A counted deadline, or the words for one still to be announced. */
export function deadlineText(t: Translate, dueAt: string | null, announcedLater: boolean): string | null {
  if (announcedLater) return t('due.toBeAnnounced');
  return dueAt ? formatDateTime(new Date(dueAt)) : null;
}

const STATUS_ICONS: Record<string, ReactNode> = {
  pending: <ClockCircleOutlined />,
  open: <ExclamationCircleOutlined />,
  submitted: <SendOutlined />,
  returned: <RollbackOutlined />,
  approved: <CheckCircleOutlined />,
  closed: <MinusCircleOutlined />,
  cancelled: <CloseCircleOutlined />,
};

/**
 * An obligation's status as a tag: its words and an icon, the colour only adding to them. The colours are the
 * page's own (campaign.css): Ant Design's gold and orange tags write too pale a text for WCAG AA.
 */
export function ObligationStatusTag({ status }: { status: string }) {
  const t = useT();
  return (
    <Tag icon={STATUS_ICONS[status] ?? STATUS_ICONS.pending} className={`obligation-status obligation-status--${status}`}>
      {obligationStatusLabel(t, status)}
    </Tag>
  );
}
