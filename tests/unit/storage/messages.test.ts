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
    expect(await route({ name: 'extract-tab', payload: { tabId: 'one' } })).toMatchObject({ error: expect.stringMatching(/request did not match/) });
  });

  it('rejects an answer that breaks the contract', async () => {
    const bad = createMessageClient(async () => ({ result: { ok: true, article: { title: 1 } } }));
    await expect(bad('extract-tab', { tabId: 1 })).rejects.toThrow(/answer did not match/);
    const silent = createMessageClient(async () => undefined);
    await expect(silent('extract-tab', { tabId: 1 })).rejects.toThrow(/expected envelope/);
  });

  it('throws the handler\'s error on the calling side', async () => {
    const failing = createMessageClient(async (envelope) => createMessageRouter({ 'extract-tab': async () => { throw new Error('tab closed'); } })(envelope));
    await expect(failing('extract-tab', { tabId: 1 })).rejects.toThrow(/failed: tab closed/);
  });
});
