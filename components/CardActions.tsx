// The card's buttons: Save, Copy Markdown, Download .md, Open library; results are announced.
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Article } from '../lib/article';
import type { Digest } from '../lib/digest/digest-schema';
import { markdownFileBase } from '../lib/library/markdown-files';
import type { PopupServices } from './popup-services';

interface CardActionsProps {
  services: PopupServices;
  article: Article;
  digest: Digest;
  /** Whether the library already holds this article; until it answers, the card shows Save. */
  savedLookup: Promise<boolean>;
}

export function CardActions({ services, article, digest, savedLookup }: CardActionsProps) {
  // The lookup's answer, a failure read as not saved (and logged): for the label and for Save.
  const wasSaved = useMemo(
    () =>
      savedLookup.catch((error: unknown) => {
        console.error('Article Digest: could not look the article up in the library', error);
        return false;
      }),
    [savedLookup],
  );
  const [saved, setSaved] = useState<boolean | undefined>(undefined);
  useLayoutEffect(() => {
    let current = true;
    // A Save pressed meanwhile knows better.
    void wasSaved.then((found) => current && setSaved((known) => known ?? found));
    return () => {
      current = false;
    };
  }, [wasSaved]);
  const [notice, setNotice] = useState('');

  const act = (work: () => Promise<string> | string) => async () => {
    try {
      setNotice(await work());
    } catch (error) {
      console.error('Article Digest: an action failed', error);
      setNotice(`Failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const save = act(async () => {
    // Pressed before the library answered: its answer still says Saved or Updated.
    const before = saved ?? (await wasSaved);
    await services.save(article, digest);
    const message = before ? 'Updated in your library.' : 'Saved to your library.';
    setSaved(true);
    return message;
  });
  const copy = act(async () => {
    await services.copyText(services.toMarkdown(article, digest));
    return 'Markdown copied.';
  });
  const download = act(() => {
    const name = `${markdownFileBase(article.title || 'digest')}.md`;
    services.download(name, services.toMarkdown(article, digest));
    return `Downloading ${name}.`;
  });

  return (
    <footer class="card-actions">
      <div class="actions">
        <button type="button" class="button primary" onClick={save} aria-describedby="action-notice">
          {saved ? 'Saved ✓' : 'Save'}
        </button>
        <button type="button" class="button" onClick={copy}>
          Copy Markdown
        </button>
        <button type="button" class="button" onClick={download}>
          Download .md
        </button>
        <button type="button" class="button" onClick={() => void services.openLibrary(saved ? article.url : undefined)}>
          Open library
        </button>
      </div>
      <p id="action-notice" class="notice" role="status" aria-live="polite">
        {notice}
      </p>
    </footer>
  );
}
