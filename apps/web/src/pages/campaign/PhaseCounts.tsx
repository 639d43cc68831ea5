import { Button } from 'antd';
import { useT } from '../../i18n/i18n-context';
import { stateLabel } from './labels';
import { PHASE_STATES, type PhaseState, type PhaseStateCounts } from './phase-states';

export interface PhaseCountsProps {
  phaseKey: string;
  phaseName: string;
  counts: PhaseStateCounts;
  /** The state whose units are listed now, if it is one of this phase's. */
  selected: PhaseState | null;
  onSelect(state: PhaseState): void;
}

/**
 * One phase's units per state, each count a button that lists those units. `data-testid` and `data-count` let an
 * end-to-end test read a count and wait for it to change.
 */
export function PhaseCounts({ phaseKey, phaseName, counts, selected, onSelect }: PhaseCountsProps) {
  const t = useT();
  return (
    <ul className="phase-counts">
      {PHASE_STATES.map((state) => (
        <li key={state} className={`phase-counts__item phase-counts__item--${state}`}>
          <Button
            type={selected === state ? 'primary' : 'default'}
            size="small"
            block
            className="phase-counts__button"
            data-testid={`phase-count-${phaseKey}-${state}`}
            data-count={counts[state]}
            aria-pressed={selected === state}
            aria-label={t('campaign.lifecycle.countLabel', { state: stateLabel(t, state), count: counts[state], phase: phaseName })}
            onClick={() => onSelect(state)}
          >
            <span className="phase-counts__label">{stateLabel(t, state)}</span>
            <span className="phase-counts__number">{counts[state]}</span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
