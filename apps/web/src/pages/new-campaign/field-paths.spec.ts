import { formFieldOf, parsePath, placeRefusal } from './field-paths';
import { planToForm } from './plan-form-model';
import { demoPlan } from './spec-fixtures';

const values = planToForm(demoPlan());

describe('a validator’s path → the form field that shows it', () => {
  it('reads paths with indices and keys', () => {
    expect(parsePath('stages[0].phases[12].dueByLevel.xa')).toEqual(['stages', 0, 'phases', 12, 'dueByLevel', 'xa']);
    expect(parsePath('title')).toEqual(['title']);
  });

  it.each([
    ['title', ['title']],
    ['year', ['year']],
    ['legalBases[0]', ['legalBases', 0, 'reference']],
    ['legalBases[0].summary', ['legalBases', 0, 'summary']],
    ['participants.levels[2]', ['participants', 'levels']],
    ['participants.kinds[0]', ['participants', 'kinds']],
    ['participantGroups[1].label', ['participantGroups', 1, 'label']],
    ['participantGroups[1].match.levels[0]', ['participantGroups', 1, 'match', 'levels']],
    ['participantGroups[0].criteria[0].target', ['participantGroups', 0, 'criteria', 0, 'target']],
    ['participantGroups[0].criteria[0].key', ['participantGroups', 0, 'criteria', 0, 'text']],
    ['awardForms[0].decidedBy.title', ['awardForms', 0, 'decidedBy', 'title']],
    ['awardForms[0].key', ['awardForms', 0, 'name']],
    ['awardForms[0].catalogueKey', ['awardForms', 0, 'catalogueKey']],
    ['stages[0].name', ['stages', 0, 'name']],
    ['stages[0].phases[1].kind', ['stages', 0, 'phases', 1, 'kind']],
    ['stages[0].phases[1].progressEvery', ['stages', 0, 'phases', 1, 'progressEvery', 'months']],
  ])('%s', (path, field) => expect(formFieldOf(path, values)).toEqual(field));

  it('finds a level’s due date among the phase’s rows, on the input of its kind', () => {
    // so-ket's rows are xa, huyen, tinh (announced later: its kind is the only input).
    expect(formFieldOf('stages[0].phases[2].dueByLevel.huyen', values)).toEqual(['stages', 0, 'phases', 2, 'dues', 1, 'spec', 'date']);
    expect(formFieldOf('stages[0].phases[2].dueByLevel.tinh', values)).toEqual(['stages', 0, 'phases', 2, 'dues', 2, 'spec', 'kind']);
    expect(formFieldOf('stages[0].phases[0].dueByLevel.default', values)).toEqual(['stages', 0, 'phases', 0, 'dues', 0, 'spec', 'days']);
    expect(formFieldOf('stages[0].phases[0].dueByLevel.default.anchor', values)).toEqual([
      'stages',
      0,
      'phases',
      0,
      'dues',
      0,
      'spec',
      'anchor',
    ]);
    // "time" has no input: the date it qualifies shows the message.
    expect(formFieldOf('stages[0].phases[2].dueByLevel.xa.time', values)).toEqual(['stages', 0, 'phases', 2, 'dues', 0, 'spec', 'date']);
  });

  it('shows an opening’s problem on its main input, and a missing level on the list of rows', () => {
    expect(formFieldOf('stages[0].phases[0].opensAt', values)).toEqual(['stages', 0, 'phases', 0, 'opensAt', 'date']);
    expect(formFieldOf('stages[0].phases[2].opensAt.anchor', values)).toEqual(['stages', 0, 'phases', 2, 'opensAt', 'anchor']);
    expect(formFieldOf('stages[0].phases[2].dueByLevel', values)).toEqual(['stages', 0, 'phases', 2, 'dues']);
    expect(formFieldOf('stages[0].phases[2].dueByLevel.thon', values)).toEqual(['stages', 0, 'phases', 2, 'dues']);
  });

  it('has no field for what the form does not edit', () => {
    expect(formFieldOf('approvalChain[0].unitCode', values)).toBeUndefined();
    expect(formFieldOf('responsibilities[0].tasks[0]', values)).toBeUndefined();
    expect(formFieldOf('', values)).toBeUndefined();
  });

  it('puts every message on its field, two on one field together, and keeps the rest for above the form', () => {
    const placed = placeRefusal(
      [
        { path: 'title', message: 'Chưa nhập tiêu đề kế hoạch (title).' },
        { path: 'stages[0].phases[0].dueByLevel.default', message: 'Sớm hơn thời điểm bắt đầu.' },
        { path: 'stages[0].phases[0].dueByLevel.default.days', message: 'Số ngày phải là số nguyên.' },
        { path: 'title', message: 'Chưa nhập tiêu đề kế hoạch (title).' },
        { path: 'signature.capacity', message: 'Chưa chọn TM. hay KT.' },
      ],
      values,
    );
    expect(placed.fields).toEqual([
      { name: ['title'], errors: ['Chưa nhập tiêu đề kế hoạch (title).'] },
      { name: ['stages', 0, 'phases', 0, 'dues', 0, 'spec', 'days'], errors: ['Sớm hơn thời điểm bắt đầu.', 'Số ngày phải là số nguyên.'] },
    ]);
    expect(placed.unmapped).toEqual([{ path: 'signature.capacity', message: 'Chưa chọn TM. hay KT.' }]);
  });
});
