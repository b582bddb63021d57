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
    expect(topics).toEqual(expect.arrayContaining(['Oil Spill', 'Crude Oil', 'Cleanup Efforts', 'Prince William Sound']));
    expect(topics.some((t) => t.includes('Exxon Valdez'))).toBe(true);
    for (const word of ['spilled', 'ran', 'said', 'they’re', 'third', 'slow', 'growing', 'millions', 'aground', 'covered']) {
      expect(topics.map((t) => t.toLowerCase())).not.toContain(word);
    }
  });

  it('past the first three, leaves out the phrases that score too low: vague ones seen once', () => {
    const topics = topicsOf([...SPILL, 'Officials called it a famous example, though the final numbers were unclear.']);
    expect(topics.length).toBeGreaterThanOrEqual(3);
    for (const vague of ['Famous Example', 'Final Numbers']) expect(topics).not.toContain(vague);
  });

  it('gives a short page fewer topics rather than weak ones', () => {
    const topics = topicsOf([
      'The oil spill in Prince William Sound grew on Friday after the Exxon Valdez ran aground.',
      'Crews fought the oil spill around the Exxon Valdez, and the oil spill reached Prince William Sound’s shore.',
      'Officials said the oil spill from the Exxon Valdez was the worst in Prince William Sound.',
      'Later that evening, the story was told to them again over dinner, with some remarks on how quickly it all went.',
      'Much later, a shirtless man said the vibrant portfolio was a terrific birth for the whole thing.',
    ]);
    expect(topics).toEqual(['Oil Spill', 'Prince William Sound', 'Exxon Valdez']);
  });

  it('ends a phrase at a stop-word’s contraction, which reads like a possessive ("that’s", "everyone’s")', () => {
    const topics = topicsOf(
      [
        'The region faces extreme fire weather that’s lasted since October.',
        'Forecasters expect more fire weather that’s dry and windy.',
        'It is the fire weather everyone’s been dreading, and the fire weather that’s made the utility cut power.',
      ],
      { title: 'Utility cuts power over fire weather' },
    );
    expect(topics).toContain('Fire Weather');
    expect(topics.some((t) => /\b(?:That|Everyone)\b/.test(t))).toBe(false);
  });

  it('drops a fragment of a chosen longer topic, and plural or case variants of one', () => {
    const topics = topicsOf(SPILL).map((t) => t.toLowerCase());
    for (const topic of topics) {
      for (const other of topics) if (other !== topic) expect(` ${other} `.includes(` ${topic} `)).toBe(false);
    }
    expect(new Set(topics).size).toBe(topics.length);
  });

  it('drops a dateline, a heading in capitals and a second name for the same person', () => {
    const topics = topicsOf([
      'WASHINGTON (AP) — President Donald Trump defended the tanker company after the oil spill in Prince William Sound.',
      'DEAR ABBY: the oil spill ruined our holiday in Alaska.',
      'President Trump said the crude oil would be cleaned up quickly, and President Trump promised federal help.',
      ...SPILL,
    ]);
    expect(topics).toContain('President Donald Trump');
    for (const shouted of ['WASHINGTON', 'DEAR ABBY', 'President Trump']) expect(topics).not.toContain(shouted);
  });

  it('reads a participle after an auxiliary as the verb, not a topic, though the page also uses it as a noun', () => {
    const topics = digestArticle(
      makeArticle(
        [
          'According to reports, the bar is offering oxygen to anyone who pays Rs 300 for fifteen minutes.',
          'The oxygen bar is an offering of a start-up in the capital, where the air quality index reached severe levels.',
          'The oxygen bar opened in Delhi last week, and the oxygen bar has a long queue.',
        ],
        { title: 'Is an oxygen bar in Delhi selling fresh air?' },
      ),
    ).topics;
    expect(topics).toContain('Oxygen Bar');
    expect(topics).not.toContain('Offering Oxygen');
  });

  it('keeps an "and" inside an organization’s name, and two names joined by "and" apart', () => {
    const topics = topicsOf([
      'The Food and Drug Administration approved the drug on Friday, and the Food and Drug Administration said trials would go on.',
      'Regulators in Russia and China have not yet ruled on the drug.',
      'Russia and China will decide next year, officials said.',
      ...SPILL,
    ]);
    expect(topics).toContain('Food and Drug Administration');
    expect(topics).not.toContain('Drug Administration');
    expect(topics).not.toContain('Russia and China');
  });

  it('keeps one of two phrases with the same words in another order', () => {
    const topics = topicsOf([
      'Climate change is drying out the state, and climate change brings heat waves every summer.',
      'A changing climate means the peach trees of the valley no longer get their cold nights.',
      'Scientists say the changing climate will keep the heat waves coming.',
      ...SPILL,
    ]);
    expect(topics).toContain('Climate Change');
    expect(topics).not.toContain('Changing Climate');
  });

  it('keeps a brand written in capitals that the article returns to', () => {
    const topics = topicsOf([
      'ENERTRAG, a salvage firm, was hired on Monday to contain the oil spill, and ENERTRAG sent two ships.',
      'ENERTRAG said its crews would work through the night.',
      ...SPILL,
    ]);
    expect(topics).toContain('ENERTRAG');
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

  it('keeps a name whole across a middle initial or a capitalized particle', () => {
    const topics = topicsOf([
      'Will they make as woeful a double act as Robert Carlyle and Samuel L. Jackson, or Robert De Niro and Eddie Murphy?',
      'The studio said Samuel L. Jackson would star, and Robert De Niro would direct.',
      'Critics said the film Sold A Car was a flop.',
    ], { title: 'Double act for Jackson and De Niro' });
    expect(topics).toEqual(expect.arrayContaining(['Samuel L. Jackson', 'Robert De Niro']));
    for (const part of ['Samuel', 'Jackson', 'Niro', 'Sold A Car']) expect(topics).not.toContain(part);
  });

  it('cuts a verb from the noun or name before it', () => {
    const topics = topicsOf([
      'The trade deal is still far off, and Mr. Trump continues to threaten new tariffs on China.',
      'Beijing said the trade deal protects its farmers, but Trump continues the tariffs on China.',
      'The trade deal includes a promise on farm goods, and the trade deal includes a review.',
      'Negotiators met again, and the trade deal was welcomed.',
    ], { title: 'Trade deal with China' });
    expect(topics).toContain('Trade Deal');
    for (const glued of ['Trump Continues', 'Trade Deal Includes', 'Trade Deal Protects']) expect(topics).not.toContain(glued);
  });

  it('keeps a name apart from the word written small before it, and from shouted words', () => {
    const topics = topicsOf([
      'Democrats won the governor race in a state Trump won by 30 points, and Democrats cheered.',
      'The actress Zooey Deschanel said Zooey Deschanel would vote for Andy Beshear.',
      'Vote for your GREAT Governor, Trump wrote; Andy Beshear won all the same.',
    ], { title: 'Democrats win governor race' });
    expect(topics).toContain('Zooey Deschanel');
    for (const bad of ['State Trump', 'Actress Zooey Deschanel', 'GREAT Governor', 'State', 'Actress']) expect(topics).not.toContain(bad);
  });

  it('reads the word after a sentence’s opening plural as its verb ("Researchers believe", "Crews cut")', () => {
    const topics = topicsOf([
      'Researchers believe crude oil from the Exxon Valdez will reach the shore of Prince William Sound.',
      'Researchers believe cleanup efforts will take months.',
      'Crews cut power lines near the oil spill.',
      'Crisis management teams met near the oil spill on Friday.',
    ]);
    expect(topics).toContain('Crude Oil');
    for (const verb of ['believe', 'cut']) expect(topics.some((t) => t.toLowerCase().split(' ').includes(verb))).toBe(false);
  });

  it('keeps a name whole across an ampersand ("Pacific Gas & Electric"), not a phrase across one', () => {
    const topics = topicsOf([
      'Pacific Gas & Electric began shutting off power to 375,000 people as the region faces extreme fire weather.',
      'Pacific Gas & Electric said the shutoff would last two days, and crews & engineers would inspect the power lines.',
      'Officials at Pacific Gas & Electric blamed dry brush and strong winds.',
    ]);
    expect(topics).toContain('Pacific Gas & Electric');
    for (const topic of topics) expect(['Pacific Gas', 'Electric']).not.toContain(topic);
    expect(topics.some((t) => /crews &/i.test(t))).toBe(false);
  });

  it('opens a name with an abbreviation ("St. Louis Park") but makes no topic of one that ends a place ("DeKalb, Ill.")', () => {
    const topics = topicsOf(
      [
        'DeKalb, Ill. (AP) — The city council of St. Louis Park elected a new mayor on Tuesday.',
        'St. Louis Park voters chose Nadia Mohamed, and the mayor of Memphis, Tenn. Friday called it historic.',
        'Nadia Mohamed said St. Louis Park had shown what a suburb can be.',
      ],
      { title: 'St. Louis Park elects a new mayor' },
    );
    expect(topics).toContain('St. Louis Park');
    expect(topics).not.toContain('Louis Park');
    for (const topic of topics) expect(topic).not.toMatch(/\b(?:Ill|Tenn)\b/);
  });

  it('keeps a name whole across a capitalized stop-word or verb form inside it', () => {
    const topics = topicsOf([
      'Shoppers lined up for Black Friday deals on the new game, Fallen Order, at every mall.',
      'Retailers said Black Friday sales of Fallen Order were strong.',
      'The son of former German President Richard von Weizsäcker was a doctor.',
    ], { title: 'Black Friday deals' });
    expect(topics).toEqual(expect.arrayContaining(['Black Friday', 'Fallen Order']));
    expect(topics.some((t) => t.includes('Richard von Weizsäcker'))).toBe(true);
    for (const part of ['Black', 'Order', 'Former']) expect(topics).not.toContain(part);
  });

  it('never makes a word every reader knows a topic alone, even from the title', () => {
    const topics = topicsOf([
      'A man was stabbed on a commuter train in Hayward, and the stabbing shocked riders.',
      'Police said the man who died had tried to stop the stabbing on the commuter train.',
      'The stabbing was the second on the commuter train this year.',
    ], { title: 'Man dies in stabbing on train' });
    expect(topics).toEqual(expect.arrayContaining(['Stabbing', 'Commuter Train']));
    for (const word of ['Man', 'Train']) expect(topics).not.toContain(word);
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

  it('keeps a German verb or adverb, which has no adjective ending, out of the noun phrase after it', () => {
    const topics = topicsOf([
      'Im Gespräch mit der Zeitung verrät Sheila Atim, wie sie sich vorbereitet hat.',
      'Lässt Amor die Singles warten? Sheila Atim spielt die Kriegerin.',
      'Die insgesamt anfallenden Zinsen steigen, sagt Sheila Atim, und lässt die Zinsen offen.',
      'Drei Tage lang drehte Sheila Atim in Ghana; die Zinsen sind für die deutschen Katholiken egal.',
    ], { lang: 'de', title: 'Sheila Atim über Amor und Zinsen' });
    expect(topics).toContain('Sheila Atim');
    expect(topics.join(' | ')).not.toMatch(/verrät|Lässt|Insgesamt/i);
  });

  it('opens no German topic with a preposition Snowball leaves out ("Neben", "Per", "Trotz")', () => {
    const topics = topicsOf([
      'Neben Impfstoffen helfen Medikamente gegen das Virus.',
      'Per Gesetz müssen Impfstoffen geprüft werden, trotz hoher Kosten.',
      'Trotz aller Kritik bleiben Impfstoffen wichtig, laut Experten der Behörde.',
    ], { lang: 'de', title: 'Impfstoffe und Medikamente' });
    expect(topics.join(' | ')).not.toMatch(/\b(Neben|Per|Trotz|Laut)\b/i);
  });

  it('leaves out a German common noun alone, the calendar and question words, but keeps names and compounds', () => {
    const topics = topicsOf([
      'Die Studie zeigt, dass die Kernfusion in Köln schneller vorankommt als erwartet.',
      'Warum die Kernfusion so lange dauerte, erklärt die Studie am Dienstag um zehn Uhr.',
      'Die Forscher in Köln sehen in der Kernfusion die Zeit der sauberen Energie.',
      'Im Januar soll die Anlage in Köln wieder laufen.',
    ], { lang: 'de', title: 'Studie: Kernfusion kommt voran' });
    expect(topics).toEqual(expect.arrayContaining(['Kernfusion', 'Köln']));
    for (const generic of ['Studie', 'Zeit', 'Energie', 'Anlage', 'Januar', 'Dienstag', 'Uhr', 'Warum']) expect(topics).not.toContain(generic);
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
    expect(topics).toContain('Küchentisch');
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

  it('bounds phrases by the function words its own sentences show in a language with no list', () => {
    const topics = topicsOf([
      'Nie jest łatwo mówić o wódce, bo wódka jest wszędzie.',
      'Stan wojenny się skończył, ale wódka nie zniknęła.',
      'Polska wódka jest znana na świecie i nie jest tania, więc się sprzedaje.',
      'Mówi się, że stan wojenny nie był końcem wszystkiego.',
      'Ewa Woydyłło pisze, że wódka jest problemem i nie tylko.',
    ], { lang: 'pl', title: 'Wódka i stan wojenny' });
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) for (const word of ['nie', 'jest', 'się']) expect(topic.toLowerCase().split(' ')).not.toContain(word);
  });
});

describe('headingCase', () => {
  it.each([
    ['oil spill', true, 'en', 'Oil Spill'],
    ['custom AI chips', true, 'en', 'Custom AI Chips'],
    ['bank of trust', true, 'en', 'Bank of Trust'],
    ['last-mile delivery operations', true, 'en', 'Last-Mile Delivery Operations'],
    ['new iPhone SE', true, 'en', 'New iPhone SE'],
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
    ['little', 'en', NEVER],
    ["they're", 'en', NEVER],
    ['they’re', 'en', NEVER],
    ['spilled', 'de', 0],
    ['analizó', 'es', NEVER],
    ['cerraron', 'es', NEVER],
    ['energía', 'es', 0],
  ] as const)('%j in %s', (word, lang, shape) => {
    expect(topicShape(word, lang)).toBe(shape);
  });
});
