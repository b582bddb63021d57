// What the popup needs from the browser and the engines, passed in by entrypoints/popup so the
// components hold the flow and the entry point holds the wiring.
import type { Article } from '../lib/article';
import type { Digest } from '../lib/digest/digest-schema';
import type { EngineProgress } from '../lib/engines/run-engine';
import type { DigestOutcome } from '../lib/messages';
import type { ExportServices } from './ExportActions';
import type { LibraryTarget } from './format/library-address';

export interface TargetTab {
  id: number;
  url?: string;
  status?: string;
}

export interface PopupServices extends ExportServices {
  /** The tab to digest: the active tab, or the one named by `?tab=` when the popup runs in a tab. */
  targetTab(): Promise<TargetTab>;
  /** Resolves with the tab once it has loaded, or as it is after `timeoutMs`. */
  waitUntilLoaded(tabId: number, timeoutMs: number): Promise<TargetTab>;
  /** Extracts and digests the tab's article (in the background), dated by this page's clock. */
  digestTab(tabId: number): Promise<DigestOutcome>;
  isSaved(url: string): Promise<boolean>;
  save(article: Article, digest: Digest): Promise<void>;
  /** Opens the library page: at a saved card, or filtered by a topic or an audience, when one is given. */
  openLibrary(target?: LibraryTarget): Promise<void>;
  /** Opens the settings (options page) in a tab. */
  openSettings?(): Promise<void>;
  /**
   * The card's digest from the engine the settings choose (issue 7). `local` is the background's
   * local digest: returned as is when the engine is local, and the fallback when an AI engine
   * fails. Rejects only when `signal` aborts (Cancel).
   */
  engineDigest?(article: Article, local: Digest, options: { signal: AbortSignal; onProgress: (progress: EngineProgress) => void }): Promise<Digest>;
}
