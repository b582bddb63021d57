// The popup card's buttons: Save, Copy Markdown, Download .md, Send to Obsidian, Open library;
// results are announced. Each has a single-key shortcut (S, C, D, O, L), named in its tooltip.
// The bar stays in view at the bottom of the popup; its height is the page's scroll padding, so
// an element the keyboard focuses is never scrolled under it.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '../lib/article';
import type { Digest } from '../lib/digest/digest-schema';
import { announce, ExportActions, keyHint, NoticeText, type ActionNotice } from './ExportActions';
import { t } from './i18n/t';
import type { PopupServices } from './popup-services';
import { useShortcuts } from './use-shortcuts';

/** The keys of the buttons CardActions holds itself (ExportActions has the others). */
export const CARD_KEYS = { save: 's', library: 'l' } as const;

interface CardActionsProps {
  services: PopupServices;
  article: Article;
  digest: Digest;
}

/**
 * How long the card is left to reach the screen before the library is asked whether it holds the
 * article: loading the library's code and opening its database competed with the card's first
 * frame for the CPU (issue 5). A Save pressed sooner asks at once.
 */
export const SAVED_LOOKUP_DELAY_MS = 250;

export function CardActions({ services, article, digest }: CardActionsProps) {
  // The lookup, started once (by the timer or by Save); a failure reads as not saved, and is logged.
  const lookUp = useMemo(() => {
    let answer: Promise<boolean> | undefined;
    return () =>
      (answer ??= services.isSaved(article.url).catch((error: unknown) => {
        console.error('Article Digest: could not look the article up in the library', error);
        return false;
      }));
  }, [services, article.url]);
  // Until the library answers, the button says Save.
  const [saved, setSaved] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let current = true;
    // A Save pressed meanwhile knows better.
    const timer = setTimeout(() => void lookUp().then((found) => current && setSaved((known) => known ?? found)), SAVED_LOOKUP_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [lookUp]);
  const [notice, setNotice] = useState<ActionNotice | null>(null);
  const bar = useBarHeightAsScrollPadding();

  const save = announce(async () => {
    // Pressed before the library answered: its answer still says Saved or Updated.
    const before = saved ?? (await lookUp());
    await services.save(article, digest);
    setSaved(true);
    return before ? t('noticeUpdated') : t('noticeSaved');
  }, setNotice);
  const openLibrary = () => void services.openLibrary(saved ? { url: article.url } : undefined);
  useShortcuts({ [CARD_KEYS.save]: () => void save(), [CARD_KEYS.library]: openLibrary });

  const saveLabel = saved ? t('actionSaved') : t('actionSave');
  return (
    <footer class="card-actions" ref={bar}>
      <div class="actions">
        <button type="button" class="button primary" onClick={save} aria-describedby="action-notice" {...keyHint(saveLabel, CARD_KEYS.save)}>
          {saveLabel}
        </button>
        <ExportActions services={services} article={article} digest={digest} onNotice={setNotice} shortcuts />
        <button type="button" class="button" onClick={openLibrary} {...keyHint(t('actionOpenLibrary'), CARD_KEYS.library)}>
          {t('actionOpenLibrary')}
        </button>
      </div>
      <p id="action-notice" class="notice" role="status" aria-live="polite">
        <NoticeText notice={notice} />
      </p>
    </footer>
  );
}

/**
 * Keeps `--actions-height` (the page's scroll-padding-bottom, popup.css) equal to the bar's
 * height, which changes with the popup's width and the language's words.
 */
function useBarHeightAsScrollPadding() {
  const bar = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const element = bar.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--actions-height', `${Math.ceil(element.getBoundingClientRect().height)}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--actions-height');
    };
  }, []);
  return bar;
}
