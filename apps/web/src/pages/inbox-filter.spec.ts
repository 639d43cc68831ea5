import { inboxViewOf, searchOf } from './inbox-filter';

const KINDS = ['launch', 'report_approval'];

describe('the inbox’s filters in the address', () => {
  it('reads what it knows and round-trips it', () => {
    const search = new URLSearchParams('loai=launch&phong-trao=c-1&han=overdue&trang=3');
    const view = inboxViewOf(search, KINDS);
    expect(view).toEqual({ filter: { kind: 'launch', campaignId: 'c-1', due: 'overdue' }, page: 3 });
    expect(searchOf(view).toString()).toBe(search.toString());
  });

  it('ignores a kind, a deadline state or a page it does not know, as if unfiltered', () => {
    expect(inboxViewOf(new URLSearchParams('loai=khong-co&han=soon&trang=-2'), KINDS)).toEqual({ filter: {}, page: 1 });
  });
});
