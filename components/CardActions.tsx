// The popup card's buttons: Save, Copy Markdown, Download .md, Send to Obsidian, Open library;
// results are announced.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Article } from '../lib/article';
import type { Digest } from '../lib/digest/digest-schema';
import { announce, ExportActions, NoticeText, type ActionNotice } from './ExportActions';
import type { PopupServices } from './popup-services';

const TEXT = {
  save: 'Save',
  saved: 'Saved ✓',
  savedNotice: 'Saved to your library.',
  updatedNotice: 'Updated in your library.',
  openLibrary: 'Open library',
};

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

  const save = announce(async () => {
    // Pressed before the library answered: its answer still says Saved or Updated.
    const before = saved ?? (await lookUp());
    await services.save(article, digest);
    setSaved(true);
    return before ? TEXT.updatedNotice : TEXT.savedNotice;
  }, setNotice);

  return (
    <footer class="card-actions">
      <div class="actions">
        <button type="button" class="button primary" onClick={save} aria-describedby="action-notice">
          {saved ? TEXT.saved : TEXT.save}
        </button>
        <ExportActions services={services} article={article} digest={digest} onNotice={setNotice} />
        <button type="button" class="button" onClick={() => void services.openLibrary(saved ? { url: article.url } : undefined)}>
          {TEXT.openLibrary}
        </button>
      </div>
      <p id="action-notice" class="notice" role="status" aria-live="polite">
        <NoticeText notice={notice} />
      </p>
    </footer>
  );
}
