// The AI path of the popup (issue 7), loaded with a dynamic import only when the settings choose
// an AI engine: the model clients are code the default (local) card never needs to load.
import { browser } from 'wxt/browser';
import type { Article } from '../../lib/article';
import type { Digest } from '../../lib/digest/digest-schema';
import type { EngineSettings } from '../../lib/engines/engine-settings';
import { runEngine, type EngineProgress } from '../../lib/engines/run-engine';

export function runAiEngine(
  article: Article,
  settings: EngineSettings,
  local: Digest,
  options: { signal: AbortSignal; onProgress: (progress: EngineProgress) => void },
): Promise<Digest> {
  return runEngine(article, settings, {
    // Unbound window.fetch: calling it as a method of another object throws "Illegal invocation".
    fetch: (input, init) => fetch(input, init),
    now: () => new Date(),
    // The background already made the local digest (with this popup's clock): it is the fallback.
    local: () => local,
    signal: options.signal,
    onProgress: options.onProgress,
    hasOriginPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  });
}
