// The digest card, shared by the popup and the library page. Page content is rendered as text
// only (never as HTML), and only http(s) addresses become links. The card's own words are in the
// interface's language; the article's, in the article's (`lang`, so a screen reader reads each
// in its own voice). The takeaway leads: with the title and the summary's start, it is what the
// first screen must show.
import type { ComponentChildren } from 'preact';
import type { Article } from '../lib/article';
import type { Audience, Digest, Item } from '../lib/digest/digest-schema';
import { obsidianTag } from '../lib/obsidian/obsidian-tag';
import { ChipList } from './ChipList';
import { contentLang } from './format/content-lang';
import { coverageLabel } from './format/coverage-label';
import { safeHttpUrl } from './format/safe-http-url';
import { sourceFacts } from './format/source-facts';
import { textFragmentUrl } from './format/text-fragment-url';
import { audienceName } from './i18n/audience-names';
import { t, type MessageKey } from './i18n/t';

/** How the card names an AI engine (lib/engines' engine names). */
const ENGINE_LINES: Partial<Record<string, MessageKey>> = {
  'chrome-ai': 'cardDigestByChromeAi',
  'openai-compatible': 'cardDigestByOpenAi',
  anthropic: 'cardDigestByAnthropic',
};

// Own keys only: an imported backup may name its engine "constructor" or "__proto__".
function engineLine(name: string): string {
  const key = Object.hasOwn(ENGINE_LINES, name) ? ENGINE_LINES[name] : undefined;
  return key ? t(key) : t('cardDigestByOther', name);
}

interface DigestCardProps {
  article: Article;
  digest: Digest;
  /** The card's title level: 1 in the popup, 2 inside the library page. */
  titleLevel?: 1 | 2;
  /** Given, topic chips filter the library by the topic's tag form (a topic with none stays text). */
  onTopic?: (tag: string) => void;
  /** Given, audience chips filter the library by that audience. */
  onAudience?: (audience: Audience) => void;
  /**
   * The card's actions (the popup's), placed right after the header so that they are the first
   * stops of the keyboard after the title; the stylesheet decides where they show.
   */
  actions?: ComponentChildren;
}

export function DigestCard({ article, digest, titleLevel = 1, onTopic, onAudience, actions }: DigestCardProps) {
  const Title = titleLevel === 1 ? 'h1' : 'h2';
  const Section = titleLevel === 1 ? 'h2' : 'h3';
  const pageUrl = safeHttpUrl(article.url);
  const coverage = coverageLabel(article.coverage, article.wordCount);
  const lang = contentLang(article.lang);
  return (
    <article class="card" aria-labelledby="card-title">
      <header class="card-head">
        <Title id="card-title" class="card-title" elementtiming="card-title" lang={lang}>
          {pageUrl ? (
            <a href={pageUrl} target="_blank" rel="noopener noreferrer">
              {article.title || pageUrl}
            </a>
          ) : (
            article.title
          )}
        </Title>
        <p class="source-line">{sourceFacts(article).join(' · ')}</p>
        {coverage && (
          <p class="coverage" role="note">
            <strong class="badge badge-warn">{coverage.label}</strong>
            {coverage.reason && (
              // The extractor's words for readers: in the interface's language when it knows them.
              <span class="coverage-reason" title={coverage.reason} lang={coverage.reasonTranslated ? undefined : 'en'}>
                {coverage.reason}
              </span>
            )}
          </p>
        )}
        {digest.engine.name !== 'local' && (
          <p class="engine-note engine-name">
            {engineLine(digest.engine.name)}
            {digest.engine.model ? ` (${digest.engine.model})` : ''}
          </p>
        )}
        {digest.engine.note && <p class="engine-note">{digest.engine.note}</p>}
      </header>
      {actions}

      <section class="card-section" data-section="key-takeaway">
        <Section>{t('sectionKeyTakeaway')}</Section>
        <p class="takeaway" lang={lang}>
          <ItemText item={digest.keyTakeaway} pageUrl={article.url} />
        </p>
      </section>
      <section class="card-section" data-section="summary">
        <Section>{t('sectionSummary')}</Section>
        <p class="summary" lang={lang}>
          {digest.summary}
        </p>
      </section>
      <ItemSection heading={t('sectionKeyInsights')} name="key-insights" items={digest.keyInsights} pageUrl={article.url} Heading={Section} lang={lang} />
      <ItemSection heading={t('sectionPrinciples')} name="principles" items={digest.principles} pageUrl={article.url} Heading={Section} lang={lang} />
      {digest.method && (
        <section class="card-section" data-section="method">
          <Section>{t('sectionMethod')}</Section>
          <p lang={lang}>
            <ItemText item={digest.method} pageUrl={article.url} />
          </p>
        </section>
      )}
      <ItemSection heading={t('sectionInPractice')} name="in-practice" items={digest.inPractice} pageUrl={article.url} Heading={Section} lang={lang} />
      {digest.topics.length > 0 && (
        <section class="card-section" data-section="topics">
          <Section>{t('sectionTopics')}</Section>
          <ChipList
            values={digest.topics}
            label={t('sectionTopics')}
            lang={lang}
            onPick={onTopic && ((topic) => onTopic(obsidianTag(topic) ?? topic))}
            pickable={(topic) => obsidianTag(topic) !== null}
          />
        </section>
      )}
      <section class="card-section" data-section="audience">
        <Section>{t('sectionBestFor')}</Section>
        <ChipList values={digest.audience} label={t('sectionBestFor')} tone="audience" nameOf={(audience) => audienceName(t, audience)} onPick={onAudience} />
      </section>
    </article>
  );
}

interface ItemSectionProps {
  heading: string;
  name: string;
  items: readonly Item[];
  pageUrl: string;
  Heading: 'h2' | 'h3';
  lang: string | undefined;
}

function ItemSection({ heading, name, items, pageUrl, Heading, lang }: ItemSectionProps) {
  if (items.length === 0) return null;
  return (
    <section class="card-section" data-section={name}>
      <Heading>{heading}</Heading>
      <ul class="items" lang={lang}>
        {items.map((item, i) => (
          <li key={i}>
            <ItemText item={item} pageUrl={pageUrl} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** An item's text, then a link into the page at the sentence it rests on (when it has one). */
function ItemText({ item, pageUrl }: { item: Item; pageUrl: string }) {
  const href = textFragmentUrl(pageUrl, item.quote);
  return (
    <>
      <span class="item-text">{item.text}</span>
      {href && item.quote && (
        <>
          {' '}
          <a class="quote-link" href={href} target="_blank" rel="noopener noreferrer" title={t('cardQuote', item.quote)} lang={t('locale')}>
            {t('cardSourceLink')}
            <span class="visually-hidden">: {t('cardSourceLinkHidden', item.quote)}</span>
          </a>
        </>
      )}
      {item.verified === false && (
        <span class="badge badge-warn" lang={t('locale')}>
          {' '}
          {t('cardQuoteNotFound')}
        </span>
      )}
    </>
  );
}
