// The permissions the extension asks for, pinned: exactly activeTab, scripting, storage and
// contextMenus, in Chrome and Firefox, and nothing that would let it read pages on its own or
// talk to other sites (no host permissions, no content scripts, no externally_connectable, no
// web-accessible resources). The one optional grant: an AI endpoint's origin, requested at runtime
// from the options page (issue 7), declared as exactly https://*/* and http://*/* under
// optional_host_permissions (Chrome, MV3) or optional_permissions (Firefox, MV2), nothing else.
// Widening any of these must change this test.
// The built manifests are checked the same way by tests/e2e/privacy.e2e.test.ts.
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: string }) => Record<string, unknown>;

function manifestFor(browser: 'chrome' | 'firefox'): Record<string, unknown> {
  const manifest = config.manifest as unknown as ManifestFn;
  return manifest({ browser, manifestVersion: browser === 'chrome' ? 3 : 2, mode: 'production', command: 'build' });
}

const PINNED_PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage'];
const ABSENT_KEYS = ['host_permissions', 'content_scripts', 'externally_connectable', 'web_accessible_resources', 'content_security_policy'];
const OPTIONAL_ORIGINS = ['http://*/*', 'https://*/*'];
/** Where each build declares the optional origins, and the key it must not use. */
const OPTIONAL_KEY = { chrome: ['optional_host_permissions', 'optional_permissions'], firefox: ['optional_permissions', 'optional_host_permissions'] } as const;

describe('declared manifest (wxt.config.ts)', () => {
  it.each(['chrome', 'firefox'] as const)('%s: exactly activeTab, scripting, storage, contextMenus; host access only as the optional AI-endpoint grant', (browser) => {
    const { [OPTIONAL_KEY[browser][0]]: optional, ...manifest } = manifestFor(browser);
    expect([...(manifest.permissions as string[])].sort()).toEqual(PINNED_PERMISSIONS);
    expect([...(optional as string[])].sort()).toEqual(OPTIONAL_ORIGINS);
    for (const key of [...ABSENT_KEYS, OPTIONAL_KEY[browser][1]]) expect(manifest, key).not.toHaveProperty(key);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/|https?:\/\/\*/);
  });
});
