import { describe, expect, it } from 'vitest';
import { digestArticle } from '../../../lib/digest/digest-article';
import { headingCase } from '../../../lib/digest/topic-case';
import { ADVERB_WHEN_SMALL, NEVER, PARTICIPLE_FORM, PAST, PLURAL_FORM, topicShape } from '../../../lib/digest/topic-word-shape';
import { otherStopWords } from '../../../lib/text/other-stop-words';
import { makeArticle } from './make-article';

const SPILL = [
  'Millions of gallons of crude oil spilled when a tanker ran aground in Prince William Sound on Friday.',
  'The oil spill is the largest in the history of Alaska, and officials said the cleanup efforts were too slow.',
  'They’re worried that the third day of the oil spill will bring a major environmental catastrophe.',
  'The tanker Exxon Valdez struck Bligh Reef, and crude oil covered the sound.',
  'Divers reached the Exxon Valdez on Saturday.',
  'Crews used cleanup equipment, but the oil spill kept growing and the crude oil reached the shore.',
  'Dennis Kelso said the oil spill was everyone’s nightmare, and Exxon said it would pay for the cleanup efforts.',
];

function topicsOf(blocks: string[], extra: Parameters<typeof makeArticle>[1] = {}): string[] {
  return digestArticle(makeArticle(blocks, { title: 'Tanker spills crude oil in Alaska', ...extra })).topics;
}

describe('pickTopics', () => {
  it('names noun phrases and names, never verbs, contractions, numbers or ordinals', () => {
    const topics = topicsOf(SPILL);
    expect(topics).toEqual(expect.arrayContaining(['Oil Spill', 'Crude Oil', 'Cleanup Efforts', 'Major Environmental Catastrophe']));
    expect(topics.some((t) => t.includes('Exxon Valdez'))).toBe(true);
    for (const word of ['spilled', 'ran', 'said', 'they’re', 'third', 'slow', 'growing', 'millions', 'aground', 'covered']) {
      expect(topics.map((t) => t.toLowerCase())).not.toContain(word);
    }
  });

  it('drops a fragment of a chosen longer topic, and plural or case variants of one', () => {
    const topics = topicsOf(SPILL).map((t) => t.toLowerCase());
    for (const topic of topics) {
      for (const other of topics) if (other !== topic) expect(` ${other} `.includes(` ${topic} `)).toBe(false);
    }
    expect(new Set(topics).size).toBe(topics.length);
  });

  it('never makes the byline’s name a topic', () => {
    const byline = [...SPILL, 'Dennis Kelso, the commissioner, said Dennis Kelso would visit.', 'Dennis Kelso repeated it.'];
    expect(topicsOf(byline).join(' ')).toContain('Kelso');
    expect(topicsOf(byline, { byline: 'Dennis Kelso' }).join(' ')).not.toContain('Kelso');
  });

  it('keeps a name whole with its joining word ("Bank of America")', () => {
    const topics = topicsOf([
      'Shares of Bank of America fell after the bank reported lower profits.',
      'Analysts said Bank of America would cut costs this year.',
      'The lower profits worried investors in Bank of America.',
    ], { title: 'Bank profits fall' });
    expect(topics).toContain('Bank of America');
    expect(topics).not.toContain('America');
  });

  it('reads German nouns by their capital and drops the verbs between them', () => {
    const topics = topicsOf([
      'Die erneuerbaren Energien wachsen in Deutschland schneller als erwartet.',
      'Der Ausbau der erneuerbaren Energien braucht neue Stromnetze.',
      'Die Bundesregierung plant deshalb neue Stromnetze im Norden.',
    ], { lang: 'de', title: 'Erneuerbare Energien' });
    expect(topics).toEqual(expect.arrayContaining(['Erneuerbaren Energien', 'Stromnetze']));
    for (const verb of ['wachsen', 'braucht', 'plant']) expect(topics.map((t) => t.toLowerCase())).not.toContain(verb);
  });

  it('reads a French word after its elided article', () => {
    const topics = topicsOf([
      'L’intelligence artificielle change le travail des médecins.',
      'Les hôpitaux utilisent l’intelligence artificielle pour lire les radios.',
      'Selon les médecins, l’intelligence artificielle reste un outil.',
    ], { lang: 'fr', title: 'L’intelligence artificielle à l’hôpital' });
    expect(topics).toContain('Intelligence artificielle');
    expect(topics.join(' ')).not.toMatch(/[lL]’/);
  });

  it('cuts an untagged page’s topics in the language its stop-words show', () => {
    const blocks = [
      'Ich habe den alten Küchentisch in meiner Wohnung neu gestrichen.',
      'Der alte Küchentisch steht jetzt in der Küche, und ich kann mich nicht sattsehen.',
      'Wer wohnt hier mit so vielen Zimmerpflanzen auf dem alten Küchentisch?',
    ];
    const topics = topicsOf(blocks, { lang: null, title: 'Der alte Küchentisch' });
    expect(topics).toContain('Alten Küchentisch');
    for (const word of ['ich', 'kann', 'mich', 'nicht', 'wer']) expect(topics.join(' ').toLowerCase().split(' ')).not.toContain(word);
  });

  it('bounds phrases by a real stop-word list in languages without rules', () => {
    const topics = topicsOf([
      'Что происходит на рынке нефти, и что будет с ценами на нефть.',
      'На рынке нефти цены растут, и что это значит для рынка нефти.',
      'Рынок нефти снова в центре внимания, и на нём много покупателей.',
    ], { lang: 'ru', title: 'Рынок нефти' });
    expect(topics.length).toBeGreaterThan(0);
    for (const word of ['что', 'на', 'и', 'это']) expect(topics.map((t) => t.toLowerCase())).not.toContain(word);
    expect(otherStopWords('pt-BR')?.has('que')).toBe(true);
    expect(otherStopWords('xx')).toBeNull();
  });
});

describe('headingCase', () => {
  it.each([
    ['oil spill', true, 'en', 'Oil Spill'],
    ['custom AI chips', true, 'en', 'Custom AI Chips'],
    ['bank of trust', true, 'en', 'Bank of Trust'],
    ['Workers', false, 'en', 'Workers'],
    ['WORKERS DEMAND', false, 'en', 'WORKERS DEMAND'],
    ['erneuerbare Energien', true, 'de', 'Erneuerbare Energien'],
    ['énergie solaire', true, 'fr', 'Énergie solaire'],
  ] as const)('%j (case known: %j, %s) → %j', (written, caseKnown, lang, expected) => {
    expect(headingCase(written, caseKnown, lang)).toBe(expected);
  });
});

describe('topicShape', () => {
  it.each([
    ['spilled', 'en', PAST],
    ['swirling', 'en', PARTICIPLE_FORM],
    ['storms', 'en', PLURAL_FORM],
    ['quickly', 'en', ADVERB_WHEN_SMALL],
    ['family', 'en', 0],
    ['ran', 'en', NEVER],
    ['third', 'en', NEVER],
    ["they're", 'en', NEVER],
    ['they’re', 'en', NEVER],
    ['spilled', 'de', 0],
  ] as const)('%j in %s', (word, lang, shape) => {
    expect(topicShape(word, lang)).toBe(shape);
  });
});
