import { languageOf } from '../common/problem/language';
import { toProblem } from '../common/problem/to-problem';
import type { DossierActionDto } from './dossier-action.dto';
import { toDossierAction } from './dossier-action.mapper';

/** The problem an action request is answered with, in the language its Accept-Language header asks for. */
function answerTo(dto: Partial<DossierActionDto>, acceptLanguage?: string) {
  try {
    toDossierAction(dto as DossierActionDto);
  } catch (error) {
    return toProblem(error, { language: languageOf(acceptLanguage), method: 'POST', path: '/award-dossiers/x/actions' });
  }
  throw new Error('the action was not refused');
}

describe('toDossierAction refusals', () => {
  it('names the missing field in Vietnamese, and in English with Accept-Language: en', () => {
    expect(answerTo({ kind: 'decline' })).toMatchObject({ status: 400, detail: 'Thao tác "decline" cần trường "comment".' });
    expect(answerTo({ kind: 'decline' }, 'en')).toMatchObject({ status: 400, detail: 'Action "decline" needs the field "comment".' });
    expect(answerTo({ kind: 'vote', choices: { 0: 'maybe' } as unknown as DossierActionDto['choices'] }, 'en-GB,en;q=0.9')).toMatchObject({
      status: 400,
      detail: 'The vote for number 1 must be agree, disagree or abstain.',
    });
  });
});
