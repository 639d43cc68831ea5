import { AutoComplete, Button, DatePicker, Select, type DatePickerProps } from 'antd';
import { useMemo, useState, type FormEvent } from 'react';
import type { TimelineAction } from '../../api/audit-queries';
import { matchesSearch } from '../../format/vietnamese-search';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { TIMELINE_ACTIONS } from './timeline-actions';
import { isDateRangeValid, NO_FILTER, type TimelineFilterState } from './timeline-filter';

type Day = DatePickerProps['value'];

const DATE_FORMAT = 'DD/MM/YYYY';
const API_DATE = 'YYYY-MM-DD';

interface Props {
  /** Suggestions only: any code or username may be typed. */
  unitCodes: readonly string[];
  actors: readonly { username: string; fullName: string | null }[];
  onApply(filter: TimelineFilterState): void;
}

/** The timeline's filters, applied together when the official asks (one request, not one per keystroke). */
export function TimelineFilters({ unitCodes, actors, onApply }: Props) {
  const t = useT();
  const [unitCode, setUnitCode] = useState('');
  const [actor, setActor] = useState('');
  const [actions, setActions] = useState<TimelineAction[]>([]);
  const [from, setFrom] = useState<Day>(null);
  const [to, setTo] = useState<Day>(null);

  const actionOptions = useMemo(() => TIMELINE_ACTIONS.map((value) => ({ value, label: t(`audit.action.${value}` as MessageKey) })), [t]);
  const unitOptions = unitCodes.filter((code) => matchesSearch(unitCode, [code])).map((value) => ({ value }));
  const actorOptions = actors
    .filter((a) => matchesSearch(actor, [a.username, a.fullName]))
    .map((a) => ({ value: a.username, label: a.fullName ? `${a.fullName} (${a.username})` : a.username }));

  const state = (): TimelineFilterState => ({
    unitCode,
    actor,
    actions,
    from: from ? from.format(API_DATE) : null,
    to: to ? to.format(API_DATE) : null,
  });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply(state());
  };
  const reset = () => {
    setUnitCode('');
    setActor('');
    setActions([]);
    setFrom(null);
    setTo(null);
    onApply(NO_FILTER);
  };

  return (
    <form className="timeline-filters" role="search" aria-label={t('audit.filter.label')} onSubmit={apply}>
      <div className="timeline-filters__field">
        <label htmlFor="timeline-unit">{t('audit.filter.unit')}</label>
        <AutoComplete
          id="timeline-unit"
          value={unitCode}
          onChange={setUnitCode}
          options={unitOptions}
          placeholder={t('audit.filter.unitPlaceholder')}
          allowClear
        />
      </div>
      <div className="timeline-filters__field">
        <label htmlFor="timeline-actor">{t('audit.filter.actor')}</label>
        <AutoComplete
          id="timeline-actor"
          value={actor}
          onChange={setActor}
          options={actorOptions}
          placeholder={t('audit.filter.actorPlaceholder')}
          allowClear
        />
      </div>
      <div className="timeline-filters__field timeline-filters__field--wide">
        <label htmlFor="timeline-action">{t('audit.filter.action')}</label>
        <Select
          id="timeline-action"
          mode="multiple"
          value={actions}
          onChange={setActions}
          options={actionOptions}
          placeholder={t('audit.filter.actionPlaceholder')}
          filterOption={(input, option) => !!option && matchesSearch(input, [option.label, option.value])}
          allowClear
        />
      </div>
      <div className="timeline-filters__field">
        <label htmlFor="timeline-from">{t('audit.filter.from')}</label>
        <DatePicker
          id="timeline-from"
          value={from}
          onChange={(day) => setFrom(day)}
          format={DATE_FORMAT}
          placeholder={t('audit.filter.datePlaceholder')}
          disabledDate={(day) => !!to && day.isAfter(to, 'day')}
        />
      </div>
      <div className="timeline-filters__field">
        <label htmlFor="timeline-to">{t('audit.filter.to')}</label>
        <DatePicker
          id="timeline-to"
          value={to}
          onChange={(day) => setTo(day)}
          format={DATE_FORMAT}
          placeholder={t('audit.filter.datePlaceholder')}
          disabledDate={(day) => !!from && day.isBefore(from, 'day')}
        />
      </div>
      <div className="timeline-filters__actions">
        <Button type="primary" htmlType="submit" disabled={!isDateRangeValid(state())}>
          {t('audit.filter.apply')}
        </Button>
        <Button onClick={reset}>{t('audit.filter.reset')}</Button>
      </div>
    </form>
  );
}
