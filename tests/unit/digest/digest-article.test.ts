import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, type Article } from '../../../lib/article';
import { digestArticle, explainDigest } from '../../../lib/digest/digest-article';
import { AUDIENCES, DigestSchema, type Digest, type Item } from '../../../lib/digest/digest-schema';
import { makeArticle } from './make-article';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'markdown', 'golden');
const snapshot = (name: string): Article => ArticleSchema.parse(JSON.parse(readFileSync(join(goldenDir, `${name}.article.json`), 'utf8')));
const snapshots = readdirSync(goldenDir).filter((f) => f.endsWith('.article.json')).map((f) => f.replace(/\.article\.json$/, ''));

function items(digest: Digest): Item[] {
  return [digest.keyTakeaway, ...digest.keyInsights, ...digest.principles, ...(digest.method ? [digest.method] : []), ...digest.inPractice];
}

const ESSAY = [
  ['heading', 'Why cost structure wins'],
  'Cloud providers are racing to build their own chips for artificial intelligence workloads.',
  'The biggest ones design accelerators that trade peak speed for a lower cost per query.',
  'Commodity markets reward structural cost advantages above all else.',
  'Consider what this means in practice:',
  ['list-item', 'Consider custom silicon when the workload is large and predictable enough to amortize it.'],
  ['list-item', 'Prioritize power, because power is now the binding constraint on capacity.'],
  'The process is simple: first map the workload, then pick the chip, and then scale it until it is cheap.',
  'Subscribe now to keep reading and get access to the full archive.',
] as const;

describe('digestArticle', () => {
  it('is deterministic for a fixed clock and valid against the schema', () => {
    const article = makeArticle([...ESSAY] as never);
    const now = new Date('2026-11-21T12:00:00Z');
    const a = digestArticle(article, { now });
    expect(digestArticle(article, { now })).toEqual(a);
    expect(DigestSchema.parse(a)).toEqual(a);
    expect(a.createdAt).toBe('2026-11-21T12:00:00.000Z');
    expect(a.engine.name).toBe('local');
  });

  it('quotes verbatim, never repeats an item, never uses headings, lead-ins or boilerplate', () => {
    const article = makeArticle([...ESSAY] as never);
    const digest = digestArticle(article);
    // A takeaway that falls back to the title has no quote; every other item quotes the page.
    const all = items(digest).filter((item) => item.quote !== undefined);
    for (const item of all) expect(article.text).toContain(item.quote);
    expect(new Set(all.map((i) => i.quote)).size).toBe(all.length);
    const text = JSON.stringify(digest);
    expect(text).not.toMatch(/Why cost structure wins"|Consider what this means|Subscribe now/);
    expect(digest.inPractice.map((i) => i.text)).toEqual([
      'Consider custom silicon when the workload is large and predictable enough to amortize it.',
      'Prioritize power, because power is now the binding constraint on capacity.',
    ]);
    expect(digest.principles.map((i) => i.text)).toContain('Commodity markets reward structural cost advantages above all else.');
    expect(digest.method?.text).toMatch(/^The process is simple/);
    expect(digest.topics.length).toBeGreaterThanOrEqual(3);
  });

  it('never repeats in the summary a sentence another section shows', () => {
    const article = makeArticle([...ESSAY, 'Commodity markets reward structural cost advantages above all else.'] as never);
    const digest = digestArticle(article);
    for (const item of items(digest)) expect(digest.summary).not.toContain(item.quote);
  });

  it('takes no topic from page furniture left in the text', () => {
    const article = makeArticle([
      'Log In',
      'Share this:',
      ...ESSAY.slice(1),
      'Log In',
      'Terms of Service',
      ['list-item', 'Business Models'],
      ['list-item', 'Business Models'],
    ] as never);
    const topics = digestArticle(article).topics.map((t) => t.toLowerCase());
    for (const furniture of ['log', 'share', 'terms', 'service', 'business', 'models']) expect(topics).not.toContain(furniture);
  });

  it('records what every step chose and why', () => {
    const { choices } = explainDigest(makeArticle([...ESSAY] as never));
    const steps = new Set(choices.map((c) => c.step));
    for (const step of ['summary', 'key-takeaway', 'in-practice', 'method', 'principles', 'topics', 'audience']) expect(steps).toContain(step);
    for (const choice of choices) expect(choice.reason.length).toBeGreaterThan(0);
  });

  it.each([
    ['de', ['Cloud-Anbieter bauen eigene Chips für Anwendungen der künstlichen Intelligenz.', 'Rohstoffmärkte belohnen strukturelle Kostenvorteile über alles andere.', 'Nutzen Sie eigene Chips, wenn die Last groß und planbar ist.', 'Die größten Anbieter entwerfen Beschleuniger mit geringeren Kosten pro Anfrage.']],
    ['fr', ['Les fournisseurs de cloud construisent leurs propres puces pour l’intelligence artificielle.', 'Les marchés de matières premières récompensent toujours les avantages de coûts structurels.', 'Privilégiez la puissance électrique, car elle limite désormais la capacité.', 'Les plus grands conçoivent des accélérateurs moins chers par requête.']],
    ['es', ['Los proveedores de nube construyen sus propios chips para la inteligencia artificial.', 'Los mercados de materias primas siempre recompensan las ventajas estructurales de costes.', 'Priorice la energía, porque ahora es el límite de la capacidad.', 'Los más grandes diseñan aceleradores más baratos por consulta.']],
  ] as const)('digests a %s page in its own language', (lang, blocks) => {
    const article = makeArticle([...blocks], { lang });
    const digest = digestArticle(article);
    expect(digest.summary.length).toBeGreaterThan(0);
    expect(digest.inPractice.map((i) => i.quote)).toEqual([blocks[2]]);
    // Every quote is a sentence of the page (a takeaway that falls back to the title has none).
    for (const item of items(digest)) if (item.quote !== undefined) expect(blocks as readonly string[]).toContain(item.quote);
    expect(digest.topics.length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['ja', ['東京は今日も晴れています。', '新しい半導体工場が九州で稼働を始めました。', '電力の確保が最大の課題です。', '政府は補助金を増やす方針です。']],
    ['ru', ['Облачные провайдеры строят собственные чипы для искусственного интеллекта.', 'Рынки сырья вознаграждают структурные преимущества в издержках.', 'Энергия стала главным ограничением мощности центров обработки данных.', 'Крупнейшие компании проектируют ускорители с меньшей стоимостью запроса.']],
    ['xx-invalid_tag!!', ['Some text in an unknown language tag that still needs a digest.', 'Another sentence follows here so the digest has material.', 'And a third one closes it so the summary can hold three.']],
  ] as const)('gives a %s page at least a summary and topics', (lang, blocks) => {
    const digest = digestArticle(makeArticle([...blocks], { lang }));
    expect(digest.summary.length).toBeGreaterThan(0);
    expect(digest.topics.length).toBeGreaterThan(0);
    expect(DigestSchema.safeParse(digest).success).toBe(true);
  });

  it('takes the statement under a conclusion heading, not the cheer before it', () => {
    const digest = digestArticle(makeArticle([
      'Lemon trees grow well indoors when they get enough light and a pot that drains well.',
      'Start with seeds from an organic lemon and plant them while they are still moist.',
      ['heading', 'Conclusion'],
      'Now you know how to grow lemon trees from scratch!',
      'Patience matters more than any tool, because a seedling needs years before it flowers.',
    ]));
    expect(digest.keyTakeaway.text).toBe('Patience matters more than any tool, because a seedling needs years before it flowers.');
  });

  it('digests an article that has text but no blocks', () => {
    const article = { ...makeArticle(['Cloud providers are racing to build chips of their own.', 'Commodity markets reward structural cost advantages above all else.']), blocks: [] };
    const digest = digestArticle(article);
    expect(`${digest.keyTakeaway.text} ${digest.summary}`).toContain('Cloud providers');
  });

  it.each([
    ['no blocks', makeArticle([])],
    ['a million characters without a space', makeArticle(['x'.repeat(1_000_000)])],
    ['only a heading', makeArticle([['heading', 'Just a title']])],
    ['only boilerplate', makeArticle(['Subscribe now to keep reading.', '© 2026 Example. All rights reserved.'])],
  ])('never crashes on %s', (_label, article) => {
    const digest = digestArticle(article);
    expect(DigestSchema.safeParse(digest).success).toBe(true);
    expect(digest.keyTakeaway.text.length).toBeGreaterThan(0);
    expect(digest.audience.length).toBeGreaterThan(0);
  });
});

describe('the fixtures (extraction snapshots beside the Markdown goldens)', () => {
  it.each(snapshots)('%s: quotes verbatim, no repeats, audience from the vocabulary', (name) => {
    const article = snapshot(name);
    const digest = digestArticle(article);
    const all = items(digest);
    for (const item of all) expect(article.text).toContain(item.quote);
    expect(new Set(all.map((i) => i.quote)).size).toBe(all.length);
    for (const tag of digest.audience) expect(AUDIENCES).toContain(tag);
  });

  it('takes FourWeekMBA’s own "Key Takeaway" section', () => {
    expect(digestArticle(snapshot('fourweekmba--vertical-integration')).keyTakeaway.text).toContain('unassailable infrastructure position');
  });

  it('finds the Stratechery essay’s actions and readers, with reasons', () => {
    const { digest, audienceReasons } = explainDigest(snapshot('stratechery--amazon-durability'));
    expect(digest.inPractice.map((i) => i.text).join(' ')).toMatch(/custom silicon/);
    expect(digest.audience.some((a) => ['CTO', 'AI Architect', 'Executive', 'Investor'].includes(a))).toBe(true);
    for (const reason of audienceReasons) expect(reason.cues.length).toBeGreaterThan(0);
  });
});
