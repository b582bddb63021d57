import { describe, expect, it } from 'vitest';
import { createMessageClient, createMessageRouter, extensionPagesOnly, type MessageSender } from '../../../lib/messages';
import { sampleArticle, sampleDigest } from '../library/sample-records';

describe('message contract', () => {
  const route = createMessageRouter(
    {
      'digest-tab': async ({ tabId, now }) =>
        tabId === 1 ? { ok: true, article: sampleArticle(), digest: sampleDigest({ createdAt: now }) } : { ok: false, error: { code: 'restricted-page', message: 'no' } },
    },
    () => true,
  );
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
    const failing = createMessageClient(async (envelope) => createMessageRouter({ 'digest-tab': async () => { throw new Error('tab closed'); } }, () => true)(envelope));
    await expect(failing('digest-tab', { tabId: 1, now: 'x' })).rejects.toThrow(/failed: tab closed/);
  });
});

describe('who may send a message', () => {
  const ID = 'abcdefghijklmnopabcdefghijklmnop';
  const ROOT = `chrome-extension://${ID}/`;
  const route = createMessageRouter(
    { 'digest-tab': async () => ({ ok: false, error: { code: 'restricted-page', message: 'answered' } }) },
    extensionPagesOnly(ID, ROOT),
  );
  const envelope = { name: 'digest-tab', payload: { tabId: 1, now: '2026-11-21T09:30:00.000Z' } };

  it.each<[string, MessageSender]>([
    ['the popup', { id: ID, url: `${ROOT}popup.html` }],
    ['the popup opened in a tab', { id: ID, url: `${ROOT}popup.html?tab=7`, tab: { id: 3 } }],
    ['the library', { id: ID, url: `${ROOT}library.html#https%3A%2F%2Fe.org%2Fa` }],
    ['the settings page', { id: ID, url: `${ROOT}options.html` }],
  ])('answers %s', async (_name, sender) => {
    expect(await route(envelope, sender)).toMatchObject({ result: { ok: false } });
  });

  it.each<[string, MessageSender | undefined]>([
    ['a content script in a web page (ours included)', { id: ID, url: 'https://evil.example/page', tab: { id: 3 } }],
    ['a page that spoofs our origin in its path', { id: ID, url: `https://evil.example/${ROOT}popup.html` }],
    ['another extension', { id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/x.html' }],
    ['a sender with no URL', { id: ID }],
    ['no sender at all', undefined],
  ])('ignores %s', (_name, sender) => {
    expect(route(envelope, sender)).toBeUndefined();
  });
});
