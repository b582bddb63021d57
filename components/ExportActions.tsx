// Copy Markdown, Download .md and Send to Obsidian for one card, in the popup and in the library.
// Send to Obsidian puts the note on the clipboard first (while the click still counts as the
// user's gesture), then opens obsidian://new?…&clipboard, which makes the note from it: no
// permission is needed, and a long card is never cut by a URL length limit.
import type { Article } from '../lib/article';
import type { Digest } from '../lib/digest/digest-schema';
import { obsidianFileName } from '../lib/obsidian/obsidian-file-name';
import { obsidianNewUrl } from '../lib/obsidian/obsidian-new-url';
import type { ObsidianSettings } from '../lib/obsidian/obsidian-settings';

const TEXT = {
  copy: 'Copy Markdown',
  copied: 'Markdown copied.',
  download: 'Download .md',
  downloading: (name: string) => `Downloading ${name}.`,
  obsidian: 'Send to Obsidian',
  opening: 'Note copied; opening Obsidian…',
  sentSilently: 'Note copied and sent to Obsidian.',
  openLink: 'Open in Obsidian',
  failed: (detail: string) => `Failed: ${detail}`,
};

/** What the three buttons need from the page they are on. */
export interface ExportServices {
  toMarkdown(article: Article, digest: Digest): string;
  copyText(text: string): Promise<void>;
  download(fileName: string, text: string): void;
  /** Where Send to Obsidian puts the note (Settings). */
  obsidianSettings(): Promise<ObsidianSettings>;
  /** Opens an address that is not a web page (obsidian://), for the system to hand to its app. */
  openUrl(url: string): Promise<void> | void;
}

/** An action's outcome, announced under the buttons; Send to Obsidian adds the link it opened. */
export interface ActionNotice {
  text: string;
  link?: { href: string; label: string };
}

interface ExportActionsProps {
  services: ExportServices;
  article: Article;
  digest: Digest;
  onNotice: (notice: ActionNotice) => void;
}

/** Runs an action and announces what came of it; a failure is announced (and logged), never thrown. */
export function announce(work: () => Promise<ActionNotice | string> | ActionNotice | string, onNotice: (notice: ActionNotice) => void) {
  return async () => {
    try {
      const outcome = await work();
      onNotice(typeof outcome === 'string' ? { text: outcome } : outcome);
    } catch (error) {
      console.error('Article Digest: an action failed', error);
      onNotice({ text: TEXT.failed(error instanceof Error ? error.message : String(error)) });
    }
  };
}

export function ExportActions({ services, article, digest, onNotice }: ExportActionsProps) {
  const copy = announce(async () => {
    await services.copyText(services.toMarkdown(article, digest));
    return TEXT.copied;
  }, onNotice);
  const download = announce(() => {
    const name = `${obsidianFileName(article.title)}.md`;
    services.download(name, services.toMarkdown(article, digest));
    return TEXT.downloading(name);
  }, onNotice);
  const sendToObsidian = announce(async () => {
    await services.copyText(services.toMarkdown(article, digest));
    const settings = await services.obsidianSettings();
    const href = obsidianNewUrl(article.title, settings);
    await services.openUrl(href);
    // The link stays for when the browser asked first, or nothing answered the address.
    return { text: settings.silent ? TEXT.sentSilently : TEXT.opening, link: { href, label: TEXT.openLink } };
  }, onNotice);
  return (
    <>
      <button type="button" class="button" onClick={copy}>
        {TEXT.copy}
      </button>
      <button type="button" class="button" onClick={download}>
        {TEXT.download}
      </button>
      <button type="button" class="button" onClick={sendToObsidian}>
        {TEXT.obsidian}
      </button>
    </>
  );
}

/** The notice line's content: the text, and the link when there is one. */
export function NoticeText({ notice }: { notice: ActionNotice | null }) {
  if (!notice) return null;
  return (
    <>
      {notice.text}
      {notice.link && (
        <>
          {' '}
          <a class="notice-link" href={notice.link.href}>
            {notice.link.label}
          </a>
        </>
      )}
    </>
  );
}
