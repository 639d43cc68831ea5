import { newRequestId, RequestIntent } from './use-request-id';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('RequestIntent', () => {
  const counter = () => {
    let n = 0;
    return () => `request-${++n}`;
  };

  it('sends once while the first request is unanswered: a double click acts once', () => {
    const intent = new RequestIntent(counter());
    expect(intent.begin()).toBe('request-1');
    expect(intent.begin()).toBeNull();
  });

  it('keeps the id after a refusal or a lost answer, so sending again is the same request', () => {
    const intent = new RequestIntent(counter());
    intent.begin();
    intent.end(false);
    expect(intent.begin()).toBe('request-1');
  });

  it('takes a new id after a success: the next action is a new intent', () => {
    const intent = new RequestIntent(counter());
    intent.begin();
    intent.end(true);
    expect(intent.begin()).toBe('request-2');
  });

  it('uses random UUIDs by default, one per intent', () => {
    const [a, b] = [new RequestIntent().begin(), new RequestIntent().begin()];
    expect(a).toMatch(UUID_V4);
    expect(b).toMatch(UUID_V4);
    expect(a).not.toBe(b);
  });
});

describe('newRequestId', () => {
  it('builds a version 4 UUID where the page is not secure and crypto.randomUUID is missing', () => {
    const id = newRequestId({ getRandomValues: crypto.getRandomValues.bind(crypto) });
    expect(id).toMatch(UUID_V4);
  });
});
