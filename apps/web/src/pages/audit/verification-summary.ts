import type { VerificationReport } from '../../api/audit-queries';
import type { Translate } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';

export interface VerificationLine {
  section: 'chain' | 'archive' | 'replay';
  ok: boolean;
  text: string;
}

/** Ids listed in a sentence: a handful, then how many more, so a badly damaged record still reads in one line. */
const LISTED = 5;
function list(ids: readonly string[]): string {
  return ids.length <= LISTED ? ids.join(', ') : `${ids.slice(0, LISTED).join(', ')} … (+${ids.length - LISTED})`;
}

/** The report in words, one sentence for each of the three checks, each saying whether it held. */
export function describeVerification(report: VerificationReport, t: Translate): VerificationLine[] {
  const { chain, archive, replay } = report;
  const bad = chain.firstBadRow;
  const chainText = chain.ok
    ? t('audit.verify.chainOk', { rows: chain.rows, seals: chain.seals })
    : bad
      ? t('audit.verify.chainBroken', { seq: bad.seq, problem: t(`audit.problem.${bad.problem}` as MessageKey), message: bad.message })
      : t('audit.verify.chainBad');

  const archiveOk = archive.corrupted.length === 0;
  const archiveText = archiveOk
    ? t('audit.verify.archiveOk', { histories: archive.histories })
    : t('audit.verify.archiveBad', { count: archive.corrupted.length, histories: archive.histories, ids: list(archive.corrupted) });

  const failed = replay.workflows.filter((w) => !w.deterministic || w.error !== null);
  const replayLines: VerificationLine[] = [];
  if (failed.length)
    replayLines.push({
      section: 'replay',
      ok: false,
      text: t('audit.verify.replayFailed', {
        count: failed.length,
        ids: list(failed.map((w) => (w.error ? `${w.workflowId} (${w.error})` : w.workflowId))),
      }),
    });
  if (replay.mismatches.length)
    replayLines.push({ section: 'replay', ok: false, text: t('audit.verify.replayMismatches', { count: replay.mismatches.length }) });
  if (!replayLines.length)
    replayLines.push({
      section: 'replay',
      ok: true,
      text: t('audit.verify.replayOk', { workflows: replay.workflows.length, runs: replay.workflows.reduce((n, w) => n + w.runs, 0) }),
    });

  return [{ section: 'chain', ok: chain.ok, text: chainText }, { section: 'archive', ok: archiveOk, text: archiveText }, ...replayLines];
}

/** A value the replay compared, as the official reads it: text as is, anything else as JSON, nothing as a dash. */
export const showValue = (value: unknown): string =>
  value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
