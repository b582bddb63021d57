// The permissions the extension asks for, pinned: exactly activeTab, scripting, storage and
// contextMenus, in Chrome and Firefox, and nothing that would let it read pages on its own or
// talk to other sites (no host permissions, no content scripts, no optional grants, no
// externally_connectable, no web-accessible resources). Widening any of these must change this test.
// The built manifests are checked the same way by tests/e2e/privacy.e2e.test.ts.
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: string }) => Record<string, unknown>;

function manifestFor(browser: 'chrome' | 'firefox'): Record<string, unknown> {
  const manifest = config.manifest as unknown as ManifestFn;
  return manifest({ browser, manifestVersion: browser === 'chrome' ? 3 : 2, mode: 'production', command: 'build' });
}

const PINNED_PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage'];
const ABSENT_KEYS = ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'content_scripts', 'externally_connectable', 'web_accessible_resources', 'content_security_policy'];

describe('declared manifest (wxt.config.ts)', () => {
  it.each(['chrome', 'firefox'] as const)('%s: exactly activeTab, scripting, storage, contextMenus; no host access', (browser) => {
    const manifest = manifestFor(browser);
    expect([...(manifest.permissions as string[])].sort()).toEqual(PINNED_PERMISSIONS);
    for (const key of ABSENT_KEYS) expect(manifest, key).not.toHaveProperty(key);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/|https?:\/\/\*/);
  });
});
