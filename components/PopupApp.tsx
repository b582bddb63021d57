// The popup's flow: find the tab, say why when it cannot be read, else have it digested and
// show the card with its actions.
import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import type { Article } from '../lib/article';
import type { Digest } from '../lib/digest/digest-schema';
import { CardActions } from './CardActions';
import { DigestCard } from './DigestCard';
import { classifyTab } from './format/classify-tab';
import { describeProgress } from './format/describe-progress';
import { t } from './i18n/t';
import { failureMessage, MIN_ARTICLE_WORDS, unexpectedMessage, verdictMessage, type PopupMessage } from './popup-messages';
import type { PopupServices } from './popup-services';
import { StatusMessage } from './StatusMessage';

type View =
  | { kind: 'loading'; title: string; cancel?: () => void }
  | { kind: 'message'; message: PopupMessage }
  | { kind: 'card'; article: Article; digest: Digest };

const LOAD_WAIT_MS = 8000;

export function PopupApp({ services }: { services: PopupServices }) {
  const [view, setView] = useState<View>(() => ({ kind: 'loading', title: t('statusReading') }));

  const run = useCallback(async () => {
    setView({ kind: 'loading', title: t('statusReading') });
    try {
      setView(await digestTargetTab(services, setView));
    } catch (error) {
      console.error('Article Digest: the popup failed', error);
      setView({ kind: 'message', message: unexpectedMessage(error instanceof Error ? error.message : String(error)) });
    }
  }, [services]);

  // Start in the first render's own task: a plain effect would wait for the next frame, ~15 ms
  // of the click-to-card time (issue 5).
  useLayoutEffect(() => {
    void run();
  }, [run]);

  const settings = services.openSettings && (
    <button type="button" class="button" onClick={() => void services.openSettings?.()}>
      {t('actionSettings')}
    </button>
  );

  if (view.kind === 'loading') {
    return (
      <StatusMessage kind="loading" title={view.title}>
        {view.cancel && (
          <div class="actions">
            <button type="button" class="button" onClick={view.cancel}>
              {t('cancel')}
            </button>
          </div>
        )}
      </StatusMessage>
    );
  }
  if (view.kind === 'message') {
    return (
      <StatusMessage kind={view.message.retry ? 'error' : 'info'} title={view.message.title}>
        <p>{view.message.body}</p>
        {view.message.detail && (
          <details class="status-detail">
            <summary>{t('details')}</summary>
            {/* lib's messages are English, whatever the interface's language. */}
            <p lang="en">{view.message.detail}</p>
          </details>
        )}
        <div class="actions">
          {view.message.retry && (
            <button type="button" class="button primary" onClick={() => void run()}>
              {t('tryAgain')}
            </button>
          )}
          <button type="button" class="button" onClick={() => void services.openLibrary()}>
            {t('actionOpenLibrary')}
          </button>
          {settings}
        </div>
      </StatusMessage>
    );
  }
  return (
    <main class="popup-card">
      <DigestCard
        article={view.article}
        digest={view.digest}
        onTopic={(topic) => void services.openLibrary({ topic })}
        onAudience={(audience) => void services.openLibrary({ audience })}
        actions={<CardActions services={services} article={view.article} digest={view.digest} />}
      />
      {settings && <div class="actions popup-settings">{settings}</div>}
    </main>
  );
}

async function digestTargetTab(services: PopupServices, setView: (view: View) => void): Promise<View> {
  let tab = await services.targetTab();
  let verdict = classifyTab(tab.url, tab.status);
  if (verdict === 'loading') {
    setView({ kind: 'loading', title: t('statusWaiting') });
    tab = await services.waitUntilLoaded(tab.id, LOAD_WAIT_MS);
    verdict = classifyTab(tab.url, tab.status);
  }
  if (verdict !== 'readable') return { kind: 'message', message: verdictMessage(verdict) };
  const outcome = await services.digestTab(tab.id);
  if (!outcome.ok) return { kind: 'message', message: failureMessage(outcome.error.code, outcome.error.message) };
  if (outcome.article.wordCount < MIN_ARTICLE_WORDS) return { kind: 'message', message: failureMessage('not-readerable', '') };
  const digest = await digestWithEngine(services, outcome.article, outcome.digest, setView);
  return { kind: 'card', article: outcome.article, digest };
}

/** Runs the chosen engine with its progress as the loading line; Cancel shows the local digest. */
async function digestWithEngine(services: PopupServices, article: Article, local: Digest, setView: (view: View) => void): Promise<Digest> {
  if (!services.engineDigest) return local;
  const controller = new AbortController();
  const cancel = () => controller.abort();
  try {
    return await services.engineDigest(article, local, {
      signal: controller.signal,
      onProgress: (progress) => {
        if (!controller.signal.aborted) setView({ kind: 'loading', title: describeProgress(progress), cancel });
      },
    });
  } catch (error) {
    // Only a cancel rejects (an engine failure falls back inside): the local card, saying so.
    if (!controller.signal.aborted) throw error;
    return { ...local, engine: { ...local.engine, note: t('noteEngineCancelled') } };
  }
}
