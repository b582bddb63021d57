// The digest card, shared by the popup and the library page. Page content is rendered as text
// only (never as HTML), and only http(s) addresses become links.
import type { Article } from '../lib/article';
import type { Audience, Digest, Item } from '../lib/digest/digest-schema';
import { obsidianTag } from '../lib/obsidian/obsidian-tag';
import { ChipList } from './ChipList';
import { coverageLabel } from './format/coverage-label';
import { safeHttpUrl } from './format/safe-http-url';
import { sourceFacts } from './format/source-facts';
import { textFragmentUrl } from './format/text-fragment-url';

/** How the card names an AI engine (lib/engines' engine names). */
const ENGINE_LABELS: Partial<Record<string, string>> = {
  'chrome-ai': "Chrome's built-in AI",
  'openai-compatible': 'an OpenAI-compatible endpoint',
  anthropic: 'Anthropic',
};

// Own keys only: an imported backup may name its engine "constructor" or "__proto__".
const engineLabel = (name: string) => (Object.hasOwn(ENGINE_LABELS, name) ? ENGINE_LABELS[name] : undefined) ?? name;

interface DigestCardProps {
  article: Article;
  digest: Digest;
  /** The card's title level: 1 in the popup, 2 inside the library page. */
  titleLevel?: 1 | 2;
  /** Given, topic chips filter the library by the topic's tag form (a topic with none stays text). */
  onTopic?: (tag: string) => void;
  /** Given, audience chips filter the library by that audience. */
  onAudience?: (audience: Audience) => void;
}

export function DigestCard({ article, digest, titleLevel = 1, onTopic, onAudience }: DigestCardProps) {
  const Title = titleLevel === 1 ? 'h1' : 'h2';
  const Section = titleLevel === 1 ? 'h2' : 'h3';
  const pageUrl = safeHttpUrl(article.url);
  const coverage = coverageLabel(article.coverage, article.wordCount);
  return (
    <article class="card" aria-labelledby="card-title">
      <header class="card-head">
        <Title id="card-title" class="card-title" elementtiming="card-title">
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
              <span class="coverage-reason" title={coverage.reason}>
                {coverage.reason}
              </span>
            )}
          </p>
        )}
        {digest.engine.name !== 'local' && (
          <p class="engine-note engine-name">
            Digest by {engineLabel(digest.engine.name)}
            {digest.engine.model ? ` (${digest.engine.model})` : ''}
          </p>
        )}
        {digest.engine.note && <p class="engine-note">{digest.engine.note}</p>}
      </header>

      <section class="card-section" data-section="summary">
        <Section>Summary</Section>
        <p class="summary">{digest.summary}</p>
      </section>
      <section class="card-section" data-section="key-takeaway">
        <Section>Key takeaway</Section>
        <p class="takeaway">
          <ItemText item={digest.keyTakeaway} pageUrl={article.url} />
        </p>
      </section>
      <ItemSection heading="Key insights" name="key-insights" items={digest.keyInsights} pageUrl={article.url} Heading={Section} />
      <ItemSection heading="Principles" name="principles" items={digest.principles} pageUrl={article.url} Heading={Section} />
      {digest.method && (
        <section class="card-section" data-section="method">
          <Section>Method</Section>
          <p>
            <ItemText item={digest.method} pageUrl={article.url} />
          </p>
        </section>
      )}
      <ItemSection heading="In practice" name="in-practice" items={digest.inPractice} pageUrl={article.url} Heading={Section} />
      {digest.topics.length > 0 && (
        <section class="card-section" data-section="topics">
          <Section>Topics</Section>
          <ChipList
            values={digest.topics}
            label="Topics"
            onPick={onTopic && ((topic) => onTopic(obsidianTag(topic) ?? topic))}
            pickable={(topic) => obsidianTag(topic) !== null}
          />
        </section>
      )}
      <section class="card-section" data-section="audience">
        <Section>Best for</Section>
        <ChipList values={digest.audience} label="Best for" tone="audience" onPick={onAudience} />
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
}

function ItemSection({ heading, name, items, pageUrl, Heading }: ItemSectionProps) {
  if (items.length === 0) return null;
  return (
    <section class="card-section" data-section={name}>
      <Heading>{heading}</Heading>
      <ul class="items">
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
          <a class="quote-link" href={href} target="_blank" rel="noopener noreferrer" title={`“${item.quote}”`}>
            source<span class="visually-hidden">: open the page at “{item.quote}”</span>
          </a>
        </>
      )}
      {item.verified === false && <span class="badge badge-warn"> quote not found in the page</span>}
    </>
  );
}
