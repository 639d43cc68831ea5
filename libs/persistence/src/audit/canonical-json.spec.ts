import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('gives the same text whatever order the keys were built in, at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 'x' }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":"x","f":1}]},"b":1}');
    expect(canonicalJson({ a: { c: null, d: [2, { e: 'x', f: 1 }] }, b: 1 })).toBe(
      canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 'x' }], c: null } }),
    );
  });

  it('drops undefined members as JSON does, and keeps Vietnamese text as it is', () => {
    expect(canonicalJson({ a: undefined, b: 'Đồng ý gia hạn' })).toBe('{"b":"Đồng ý gia hạn"}');
    expect(canonicalJson([undefined, 1])).toBe('[null,1]');
  });
});
