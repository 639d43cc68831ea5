import { serverLogFindings } from './cluster-temporal';

/**
 * A few lines on what the Temporal server logged since `since` (an ISO time: a fresh server logs a few
 * errors while it acquires its shards, before any bench starts): counts, and the first distinct messages.
 */
export function reportServerLog(logFile: string, since: string): string {
  const after = (line: string) => (/"ts":"([^"]+)"/.exec(line)?.[1] ?? '') >= since;
  const found = serverLogFindings(logFile);
  const [errors, limits] = [found.errors.filter(after), found.limits.filter(after)];
  const distinct = (lines: string[]) => [...new Set(lines.map(messageOf))].slice(0, 5).map((m) => `    ${m}`);
  return [
    `Temporal server log ${logFile} since ${since}: ${errors.length} line(s) at level error, ${limits.length} mentioning a limit` +
      ` (from its start: ${found.errors.length} and ${found.limits.length})`,
    ...distinct(errors),
    ...distinct(limits),
  ].join('\n');
}

function messageOf(line: string): string {
  try {
    const entry = JSON.parse(line) as { level?: string; msg?: string; error?: string };
    return `${entry.level}: ${entry.msg}${entry.error ? ` (${entry.error})` : ''}`.slice(0, 300);
  } catch {
    return line.slice(0, 300);
  }
}
