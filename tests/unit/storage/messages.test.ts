import { describe, expect, it } from 'vitest';
import { createMessageClient, createMessageRouter } from '../../../lib/messages';
import { sampleArticle, sampleDigest } from '../library/sample-records';

describe('message contract', () => {
  const route = createMessageRouter({
    'digest-tab': async ({ tabId, now }) =>
      tabId === 1 ? { ok: true, article: sampleArticle(), digest: sampleDigest({ createdAt: now }) } : { ok: false, error: { code: 'restricted-page', message: 'no' } },
  });
  const call = createMessageClient(async (envelope) => route(envelope));

  it('round-trips a request through the router', async () => {
    const now = '2026-11-21T09:30:00.000Z';
    expect(await call('digest-tab', { tabId: 1, now })).toEqual({ ok: true, article: sampleArticle(), digest: sampleDigest({ createdAt: now }) });
    expect(await call('digest-tab', { tabId: 2, now })).toMatchObject({ ok: false, error: { code: 'restricted-page' } });
  });

  it('ignores unknown messages and rejects malformed requests', async () => {
    expect(route({ name: 'something-else', payload: {} })).toBeUndefined();
    expect(route('hello')).toBeUndefined();
    expect(await route({ name: 'digest-tab', payload: { tabId: 'one', now: 'x' } })).toMatchObject({ error: expect.stringMatching(/request did not match/) });
  });

  it('rejects an answer that breaks the contract', async () => {
    const bad = createMessageClient(async () => ({ result: { ok: true, article: { title: 1 } } }));
    await expect(bad('digest-tab', { tabId: 1, now: 'x' })).rejects.toThrow(/answer did not match/);
    const silent = createMessageClient(async () => undefined);
    await expect(silent('digest-tab', { tabId: 1, now: 'x' })).rejects.toThrow(/expected envelope/);
  });

  it('throws the handler\'s error on the calling side', async () => {
    const failing = createMessageClient(async (envelope) => createMessageRouter({ 'digest-tab': async () => { throw new Error('tab closed'); } })(envelope));
    await expect(failing('digest-tab', { tabId: 1, now: 'x' })).rejects.toThrow(/failed: tab closed/);
  });
});
