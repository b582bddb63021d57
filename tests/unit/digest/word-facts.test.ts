import { describe, expect, it, vi } from 'vitest';
import { BOILERPLATE_PATTERNS, boilerplateMatch } from '../../../lib/digest/boilerplate-patterns';
import { wordFacts } from '../../../lib/digest/word-facts';
import { memoizeWords } from '../../../lib/text/word-memo';

describe('wordFacts', () => {
  it.each([
    // word, lang, bare, contentStem, topicStem
    ['amazon’s', 'en', 'amazon', 'amazon', 'amazon’'],
    ['the', 'en', 'the', null, null],
    ['2024', 'en', '2024', null, null],
    ['particularly', 'en', 'particularly', 'particularli', null],
    ['running', 'en', 'running', 'run', 'run'],
    ['ai', 'en', 'ai', 'ai', null],
    ['infrastruktur', 'de', 'infrastruktur', 'infrastruktur', 'infrastruktur'],
    ['です', null, 'です', 'です', null],
  ] as const)('%j in %j', (word, lang, bare, contentStem, topicStem) => {
    const facts = wordFacts(word, lang);
    expect(facts.bare).toBe(bare);
    expect(facts.contentStem).toBe(contentStem);
    // Topics drop a possessive themselves before asking, so a possessive form's own topic stem is
    // only whatever the stemmer makes of it.
    if (!word.endsWith('’s')) expect(facts.topicStem).toBe(topicStem);
  });

  it('marks audience cues: one-word cues, prefix cues and the first word of a multi-word cue', () => {
    expect(wordFacts('kubernetes', 'en').audienceCue).toBe(true);
    expect(wordFacts('vendors', 'en').audienceCue).toBe(true); // "vendor*"
    expect(wordFacts('machine', 'en')).toMatchObject({ audienceCue: false, opensAudienceCue: true }); // "machine learning"
    expect(wordFacts('pancake', 'en')).toMatchObject({ audienceCue: false, opensAudienceCue: false });
  });
});

describe('memoizeWords', () => {
  it('judges a word once per language', () => {
    const judge = vi.fn((word: string, lang: string | null) => `${word}/${lang}`);
    const memo = memoizeWords(judge);
    expect([memo('a', 'en'), memo('a', 'en'), memo('a', 'de'), memo('a', 'en'), memo('a', null)]).toEqual(['a/en', 'a/en', 'a/de', 'a/en', 'a/null']);
    expect(judge).toHaveBeenCalledTimes(3);
  });

  it('keeps false and null verdicts', () => {
    const judge = vi.fn(() => null);
    const memo = memoizeWords(judge);
    memo('x', 'en');
    memo('x', 'en');
    expect(judge).toHaveBeenCalledTimes(1);
  });
});

describe('boilerplateMatch', () => {
  // One sample per pattern, in the patterns' order: the one-pass pre-check must let each through,
  // and the pattern named must be the first that matches, as the reason quotes it.
  const samples = [
    'Subscribe now to read the rest.',
    'We use cookies on this site.',
    '© 2024 Example Media.',
    'Click here for the full story.',
    'Advertisement',
    'Delivered to your door every month.',
    'Never fear: check out our iPhone buying guide.',
    'Let us know how it went for you in the comment section.',
    'Teilen Sie diesen Artikel mit Freunden.',
    'Jetzt abonnieren und weiterlesen.',
    'Dieser Beitrag über LinkedIn erschien zuerst im Blog DoSchu.Com.',
    'Um zu kommentieren, müssen Sie sich einloggen.',
    'Abonnez-vous pour lire la suite.',
    'Suscríbete para leer más.',
    'Home | World | Business',
  ];
  it.each(samples.map((text, index) => [text, index]))('%j matches pattern %i first', (text, index) => {
    expect(boilerplateMatch(text)).toBe(BOILERPLATE_PATTERNS[index]);
  });

  it('answers null for prose', () => {
    expect(boilerplateMatch('The company said on Tuesday that its profits rose sharply.')).toBeNull();
  });

  // Site prompts seen on real cards, as kinds: the site's guides, sharing, letters page, affiliate
  // deals, sponsorship, a named download; and advice that only looks like them.
  it.each([
    ['Share it with a friend!', true],
    ['Submit your letter to the editor here.', true],
    ['This post contains affiliate links, and we may earn a commission.', true],
    ["This week's podcast is sponsored by the Davis Cup Finals.", true],
    ['To learn more, download the Online Business Success Roadmap today.', true],
    ['Download the latest firmware to fix the bug.', false],
    ['Check out the river at dawn for the best light.', false],
    ['Support for the bill is growing among moderate voters.', false],
  ])('%j is site text: %j', (text, expected) => expect(boilerplateMatch(text) !== null).toBe(expected));

  it('has a sample for every pattern', () => expect(samples).toHaveLength(BOILERPLATE_PATTERNS.length));
});
