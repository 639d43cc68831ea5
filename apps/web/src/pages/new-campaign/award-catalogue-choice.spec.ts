import { blanksFilledBy, catalogueOptions, NO_CATALOGUE_ENTRY } from './award-catalogue-choice';

const giayKhen = {
  key: 'giay-khen',
  name: 'Giấy khen',
  decidedBy: { title: 'Chủ tịch Ủy ban nhân dân cấp xã, cấp huyện hoặc Giám đốc Sở' },
};
const bangKhen = {
  key: 'bang-khen-chu-tich-ubnd-tinh',
  name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
  decidedBy: { title: 'Chủ tịch Ủy ban nhân dân tỉnh' },
};

describe('choosing an award form’s catalogue entry', () => {
  it('offers "none" first, then the catalogue’s entries by name', () => {
    expect(catalogueOptions([giayKhen, bangKhen], undefined, 'Không theo danh mục')).toEqual([
      { value: NO_CATALOGUE_ENTRY, label: 'Không theo danh mục' },
      { value: 'giay-khen', label: 'Giấy khen' },
      { value: 'bang-khen-chu-tich-ubnd-tinh', label: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' },
    ]);
  });

  it('keeps a key the list lacks as an option of its own, so it is shown and not lost', () => {
    expect(catalogueOptions([], 'giay-khen', 'Không theo danh mục')).toEqual([
      { value: NO_CATALOGUE_ENTRY, label: 'Không theo danh mục' },
      { value: 'giay-khen', label: 'giay-khen' },
    ]);
  });

  it('fills a new form’s blank name and decider from the entry', () => {
    expect(blanksFilledBy({ name: ' ', decidedBy: { title: '' } }, bangKhen)).toEqual([
      [['name'], 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'],
      [['decidedBy', 'title'], 'Chủ tịch Ủy ban nhân dân tỉnh'],
    ]);
  });

  it('overwrites nothing the official wrote', () => {
    const written = { name: 'Giấy khen của Giám đốc Sở', decidedBy: { title: 'Giám đốc Sở Nội vụ' } };
    expect(blanksFilledBy(written, giayKhen)).toEqual([]);
  });
});
