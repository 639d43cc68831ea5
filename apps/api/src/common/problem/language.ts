/** The languages an answer is written in: Vietnamese first, English for whoever asks for it. */
export type Language = 'vi' | 'en';

/**
 * The language an `Accept-Language` header asks for, by its q-values (RFC 9110 §12.5.4): the first of vi and en with the
 * highest weight; Vietnamese when the header is missing, names neither, or weighs them the same (officials read
 * Vietnamese; English is for those who ask for it).
 */
export function languageOf(acceptLanguage: string | string[] | undefined): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  let best: { language: Language; q: number } | undefined;
  for (const part of header.split(',')) {
    const [range, ...parameters] = part.trim().toLowerCase().split(';');
    const language = range.split('-')[0]?.trim();
    if (language !== 'vi' && language !== 'en') continue;
    const q = weightOf(parameters);
    if (q <= 0) continue;
    if (!best || q > best.q || (q === best.q && language === 'vi')) best = { language, q };
  }
  return best?.language ?? 'vi';
}

function weightOf(parameters: string[]): number {
  const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
  if (!q) return 1;
  const value = Number(q.slice(2));
  return Number.isFinite(value) ? value : 0;
}
