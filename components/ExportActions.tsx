// Copy Markdown, Download .md and Send to Obsidian for one card, in the popup and in the library.
// Send to Obsidian puts the note on the clipboard first (while the click still counts as the
// user's gesture), then opens obsidian://new?…&clipboard, which makes the note from it: no
// permission is needed, and a long card is never cut by a URL length limit.
import type { Article } from '../lib/article';
import type { Digest } from '../lib/digest/digest-schema';
import { obsidianFileName } from '../lib/obsidian/obsidian-file-name';
import { obsidianNewUrl } from '../lib/obsidian/obsidian-new-url';
import type { ObsidianSettings } from '../lib/obsidian/obsidian-settings';
import { t } from './i18n/t';
import { useShortcuts } from './use-shortcuts';

/** The popup's keys for these buttons (shown in their tooltips). */
export const EXPORT_KEYS = { copy: 'c', download: 'd', obsidian: 'o' } as const;

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
  /** Whether the single-key shortcuts work (the popup's); default false. */
  shortcuts?: boolean;
}

/** Runs an action and announces what came of it; a failure is announced (and logged), never thrown. */
export function announce(work: () => Promise<ActionNotice | string> | ActionNotice | string, onNotice: (notice: ActionNotice) => void) {
  return async () => {
    try {
      const outcome = await work();
      onNotice(typeof outcome === 'string' ? { text: outcome } : outcome);
    } catch (error) {
      console.error('Article Digest: an action failed', error);
      onNotice({ text: t('noticeFailed', error instanceof Error ? error.message : String(error)) });
    }
  };
}

/** A button's shortcut, in its tooltip and for assistive technology; nothing when there is none. */
export function keyHint(label: string, key: string | undefined) {
  return key ? { title: t('actionWithKey', label, key.toUpperCase()), 'aria-keyshortcuts': key.toUpperCase() } : {};
}

export function ExportActions({ services, article, digest, onNotice, shortcuts = false }: ExportActionsProps) {
  const copy = announce(async () => {
    await services.copyText(services.toMarkdown(article, digest));
    return t('noticeCopied');
  }, onNotice);
  const download = announce(() => {
    const name = `${obsidianFileName(article.title)}.md`;
    services.download(name, services.toMarkdown(article, digest));
    return t('noticeDownloading', name);
  }, onNotice);
  const sendToObsidian = announce(async () => {
    await services.copyText(services.toMarkdown(article, digest));
    const settings = await services.obsidianSettings();
    const href = obsidianNewUrl(article.title, settings);
    await services.openUrl(href);
    // The link stays for when the browser asked first, or nothing answered the address.
    return { text: settings.silent ? t('noticeObsidianSent') : t('noticeObsidianOpening'), link: { href, label: t('noticeObsidianLink') } };
  }, onNotice);
  useShortcuts(shortcuts ? { [EXPORT_KEYS.copy]: copy, [EXPORT_KEYS.download]: download, [EXPORT_KEYS.obsidian]: sendToObsidian } : undefined);
  const key = (name: keyof typeof EXPORT_KEYS) => (shortcuts ? EXPORT_KEYS[name] : undefined);
  return (
    <>
      <button type="button" class="button" onClick={copy} {...keyHint(t('actionCopy'), key('copy'))}>
        {t('actionCopy')}
      </button>
      <button type="button" class="button" onClick={download} {...keyHint(t('actionDownload'), key('download'))}>
        {t('actionDownload')}
      </button>
      <button type="button" class="button" onClick={sendToObsidian} {...keyHint(t('actionObsidian'), key('obsidian'))}>
        {t('actionObsidian')}
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
