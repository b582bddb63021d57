import { describe, expect, it } from 'vitest';
import { createMessageClient, createMessageRouter } from '../../../lib/messages';
import { sampleArticle } from '../library/sample-records';

describe('message contract', () => {
  const route = createMessageRouter({
    'extract-tab': async ({ tabId }) =>
      tabId === 1 ? { ok: true, article: sampleArticle() } : { ok: false, error: { code: 'restricted-page', message: 'no' } },
  });
  const call = createMessageClient(async (envelope) => route(envelope));

  it('round-trips a request through the router', async () => {
    expect(await call('extract-tab', { tabId: 1 })).toEqual({ ok: true, article: sampleArticle() });
    expect(await call('extract-tab', { tabId: 2 })).toMatchObject({ ok: false, error: { code: 'restricted-page' } });
  });

  it('ignores unknown messages and rejects malformed requests', async () => {
    expect(route({ name: 'something-else', payload: {} })).toBeUndefined();
    expect(route('hello')).toBeUndefined();
    await expect(route({ name: 'extract-tab', payload: { tabId: 'one' } })).rejects.toThrow(/request did not match/);
  });

  it('rejects an answer that breaks the contract', async () => {
    const bad = createMessageClient(async () => ({ ok: true, article: { title: 1 } }));
    await expect(bad('extract-tab', { tabId: 1 })).rejects.toThrow(/answer did not match/);
  });
});
