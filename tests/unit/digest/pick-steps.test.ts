import { describe, expect, it } from 'vitest';
import { CUES } from '../../../lib/digest/cue-phrases';
import { methodScore } from '../../../lib/digest/pick-method';
import { actionStrength } from '../../../lib/digest/pick-in-practice';
import { generalRule, headClause } from '../../../lib/digest/pick-principles';
import { summaryLength } from '../../../lib/digest/pick-summary';
import { buildContext, explainDigest } from '../../../lib/digest/digest-article';
import { centralities } from '../../../lib/digest/sentence-centrality';
import { SentenceJudge } from '../../../lib/digest/sentence-roles';
import { makeArticle } from './make-article';

describe('in practice cues', () => {
  it.each([
    ['en', 'Consider custom silicon when the workload is large.', true],
    ['en', 'And invest in disaggregated compute for inference.', true],
    ['en', 'Teams should measure latency before they buy hardware.', true],
    ['en', 'Amazon announced a new logistics service this week.', false],
    ['en', 'The consideration was dropped in the final draft.', false],
    ['de', 'Nutzen Sie eigene Chips, wenn die Last planbar ist.', true],
    ['de', 'Sie sollten die Stromversorgung zuerst planen.', true],
    ['de', 'Amazon hat diese Woche einen neuen Dienst angekündigt.', false],
    ['fr', 'Privilégiez la puissance électrique avant tout le reste.', true],
    ['fr', 'Il faut investir dans le calcul désagrégé.', true],
    ['fr', 'Amazon a annoncé un nouveau service cette semaine.', false],
    ['es', 'Priorice la energía antes que la escala bruta.', true],
    ['es', 'Hay que invertir en cómputo desagregado.', true],
    ['es', 'Amazon anunció un nuevo servicio esta semana.', false],
  ] as const)('%s: %j → %j', (lang, text, expected) => {
    const cues = CUES[lang];
    expect(cues.imperative.test(text) || cues.advice.test(text)).toBe(expected);
  });
});

describe('actionStrength (English)', () => {
  it.each([
    ['Cut the lemon and gather its plumpest seeds.', 2],
    ['Wrap them up gently and spray the paper towel until it is wet.', 2],
    ['Consider custom silicon when the workload is large.', 2],
    ['Teams should measure latency before they buy hardware.', 1],
    ['And the good news is that emulating her style is easy.', 0],
    ['In the fourth season of the show, the character was promoted.', 0],
    ['Allowing the soil to be a bit loose gives access to nutrients.', 0],
    ['Track officials had been keen to secure someone with a connection to the club.', 0],
    ['Now the pair are scared they will be discovered.', 0],
    // Advice relayed to the public is advice to the reader; what a party did is not.
    ['Police are also asking parents to talk to their children about obeying the speed limit.', 1],
    ['The ministry asked the company to recall the cars last week.', 0],
    ['Opt for salsa rather than a cream-based dip.', 2],
    // Advice about the past, the writers' own to-do list, a noun that is also a verb, a mail prompt.
    ['There is more to this story, but yes, you should have notified the police.', 0],
    ['We need to be more mindful of the CSS that we are writing to stay under the limit.', 0],
    ['The French state encouraged people to buy diesel fuelled cars for many years.', 0],
    ['Use of the island cable car is restricted to residents only.', 0],
    ['Demand outstripped supply, and the grid operator started rolling blackouts.', 0],
    ['Whatever their history, scientists now say that these receptors monitor molecules.', 0],
    ['Send it to editor@example.com and we’ll put it in the story!', 0],
    // Advice inside what a party did, not to the reader.
    ['AMP forced us to examine every feature, down to the byte, and make sure that it is worthy of the reader.', 0],
    ['Before you sign, make sure the contract names a delivery date.', 1],
  ])('%j → %i', (text, expected) => expect(actionStrength(text, CUES.en, 'en').strength).toBe(expected));
});

describe('generalRule', () => {
  it.each([
    ['en', 'Commodity markets reward structural cost advantages above all else.', true],
    ['en', 'A competitor can match a feature; it cannot easily match a cost structure that was paid for by someone else.', true],
    ['en', 'Teams should always own the whole loop from chip to cloud.', true],
    ["en", "It's very difficult to build substantial, long-term wealth if you spend more than you earn.", true],
    ['en', 'Running through potential worst-case scenarios is essential when your livelihood is on the line.', true],
    ['en', 'Amazon announced this week that it is bundling its freight operations.', false],
    ['en', 'He said the company had sold 3,000 vans in 2024.', false],
    ['en', 'Mourinho won three Premier League titles over two spells in charge of Chelsea.', false],
    ['en', 'Investors should read the filing that Apple published on Tuesday.', false],
    ['en', 'Nurses can then focus on patients rather than alerts that do not require action.', false],
    ['en', 'No matter how foolproof your plan may seem, consider what could go wrong.', false],
    // A schedule is no rule: "every Friday", "jeden Monat".
    ['en', 'Every Friday the newsletter should bring the best gossip of the week.', false],
    ['de', 'Jeden Monat sammeln wir Kundenfeedback sowohl online, aber auch in den Filialen.', false],
    // The writers' own mission; a gerund pointing back at the sentence before.
    ['en', 'Our mission is to help people get smarter, faster on the news that matters.', false],
    ['en', 'Doing so requires swimming against the evolutionary tide, and that never gets easier.', false],
    ['de', 'Fordern kann man nur jemanden, wenn man sich selbst gefordert hat.', true],
    ['de', 'Der Minister sagte am Dienstag, er werde zurücktreten.', false],
    ['fr', 'Il est essentiel de mesurer la latence avant d’acheter du matériel.', true],
    ['es', 'Es esencial medir la latencia antes de comprar el hardware.', true],
  ] as const)('%s: %j general: %j', (lang, text, general) => {
    expect(generalRule(text, CUES[lang], lang)).toBe(general);
  });
});

describe('headClause: a rule stated before its qualification', () => {
  it.each([
    ['en', 'You must be data driven when evaluating where to go, but in a fast market you never have complete information.', 'You must be data driven when evaluating where to go.'],
    ['en', 'Commodity markets reward structural cost advantages; a feature alone is copied within months.', 'Commodity markets reward structural cost advantages.'],
    ['de', 'Man muss die Kosten immer im Blick behalten, aber sparen allein reicht nicht.', 'Man muss die Kosten immer im Blick behalten.'],
    ['en', 'It helps, but only a little.', null],
    ['en', 'Commodity markets reward structural cost advantages above all else.', null],
  ] as const)('%s: %j → %j', (lang, text, head) => expect(headClause(text, lang)).toBe(head));

  it('files the rule, not the whole sentence, and quotes the whole sentence', () => {
    const sentence = 'You must be data driven when evaluating where to go and what to do, but in a rapidly evolving market, you’re never going to have 100 percent complete information.';
    const { digest } = explainDigest(makeArticle([`Junior Gaspard is the new chief executive of the company and starts on Monday next week.`, sentence, `He takes over from the founder, who stays on the board as its chair until the summer.`]));
    expect(digest.principles).toContainEqual({ text: 'You must be data driven when evaluating where to go and what to do.', quote: sentence });
  });
});

describe('pickPrinciples', () => {
  it('files no rule whose subject is a name the page never writes small', () => {
    const { digest } = explainDigest(makeArticle([
      'We compared three parsers for this review, and Zipparse came out ahead on every file we tried.',
      'Zipparse always beats the older libraries when the input is large and deeply nested.',
      'Streaming parsers always beat loading the whole file when the input is large and deeply nested.',
    ]));
    const rules = digest.principles.map((item) => item.text);
    expect(rules).not.toContain('Zipparse always beats the older libraries when the input is large and deeply nested.');
    expect(rules).toContain('Streaming parsers always beat loading the whole file when the input is large and deeply nested.');
  });
});

describe('methodScore', () => {
  it.each([
    ['It builds primitives for its own use, scales them until they are world class, and then sells them to everyone else.', true],
    ['The process has three steps: first map the workload, then pick the chip.', true],
    ['Shares of FedEx and UPS fell on the news.', false],
    ['Putting your food on a plate is a simple way to know how much you are eating.', true],
    ['The first step on the path to early retirement is figuring out what it means to you.', true],
  ])('%j method: %j', (text, isMethod) => {
    expect(methodScore(text, CUES.en) >= 2).toBe(isMethod);
  });
});

describe('the method section', () => {
  it('is never an approach the author argues against', () => {
    const { digest } = explainDigest(
      makeArticle([
        'Most teams plan the migration first, then rewrite every service, and then switch over in one night.',
        'That is a mistake that fails more often than it works.',
        'Latency budgets decide which services can move at all.',
      ]),
    );
    expect(digest.method).toBeNull();
  });

  it('is none when the best candidate only just has the markers: a story with an "in order to"', () => {
    const { digest, choices } = explainDigest(
      makeArticle([
        'Lexus showed the production version of its LC convertible at the Los Angeles show on Wednesday.',
        'In order to make up for the lack of a roof, project manager Fumihiko Hazama shared with reporters that they have improved chassis rigidity by adding braces under the floor.',
        'The car goes on sale next summer in the United States and Japan.',
      ]),
    );
    expect(digest.method).toBeNull();
    expect(choices.find((c) => c.step === 'method')?.reason).toMatch(/too weak|no sentence/);
  });

  it('is never the article announcing what it will go through', () => {
    const blocks = [
      'Growing a lemon tree from seed is easy if the seeds stay warm and moist.',
      'We’ll go through all the items you will need, and then we’ll go into detail on how to make the seeds sprout step by step.',
      'Most seeds sprout within two weeks in a warm room.',
    ];
    expect(CUES.en.signpost.test(blocks[1] as string)).toBe(true);
    expect(explainDigest(makeArticle(blocks)).digest.method?.text ?? '').not.toContain('go through');
  });

  it.each([
    ['en', 'In this article, we will explain how the new rules work.', true],
    ['en', 'We will build the plant in Texas next year.', false],
    ['de', 'In diesem Artikel zeigen wir, wie die Wärmepumpe funktioniert.', true],
    ['fr', 'Dans cet article, nous allons voir comment planter un citronnier.', true],
    ['es', 'En este artículo te explicamos cómo plantar un limonero.', true],
  ] as const)('reads %s signposts: %j -> %j', (lang, text, expected) => {
    expect(CUES[lang].signpost.test(text)).toBe(expected);
  });
});

describe('how-to headings', () => {
  it('are the actions of a how-to that has a few of them', () => {
    const { digest } = explainDigest(
      makeArticle([
        'Retiring early takes time and discipline, and most people start later than they should.',
        ['heading', 'Define early retirement'],
        'Many early retirees define it as not having to work to live, which is a different target from stopping work.',
        ['heading', 'Track your spending'],
        'A year of statements shows where the money goes, and most people underestimate it by a fifth.',
        ['heading', 'Invest what is left'],
        'Index funds keep costs low, which compounds into a larger balance over a few decades.',
      ]),
    );
    expect(digest.inPractice.map((i) => i.text)).toEqual(['Define early retirement', 'Track your spending', 'Invest what is left']);
  });
});

describe('summaryLength', () => {
  it.each([
    [300, 3],
    [1999, 3],
    [2000, 4],
    [4999, 4],
    [10000, 5],
  ])('%i words → %i sentences', (words, expected) => expect(summaryLength(words)).toBe(expected));
});

describe('key takeaway', () => {
  const body = [
    'Cloud providers are racing to build their own chips for artificial intelligence workloads.',
    'The biggest ones design accelerators that trade peak speed for lower cost per query.',
    'Buyers increasingly compare total cost of ownership instead of benchmark results alone.',
  ];
  const bodyDe = [
    'Die Cloud-Anbieter bauen eigene Chips für die Anwendungen der künstlichen Intelligenz, und sie sind damit nicht allein.',
    'Die größten Anbieter entwerfen Beschleuniger, die auf Spitzenleistung verzichten und dafür pro Anfrage weniger kosten.',
    'Die Käufer vergleichen die Gesamtkosten und nicht nur die Ergebnisse von Benchmarks, die oft wenig aussagen.',
  ];
  it.each([
    ['a heading', [...body, ['heading', 'Key Takeaway'], 'Owning the silicon turns a cost centre into a durable advantage.'], 'Owning the silicon turns a cost centre into a durable advantage.'],
    ['an opening marker', [...body, 'Bottom line: owning the silicon turns a cost centre into a durable advantage.'], 'Owning the silicon turns a cost centre into a durable advantage.'],
    ['a flattened heading', [...body, 'Examples follow Key Takeaway Owning the silicon turns a cost centre into a durable advantage.'], 'Owning the silicon turns a cost centre into a durable advantage.'],
    ['German "Fazit"', [...bodyDe, ['heading', 'Fazit'], 'Eigene Chips machen aus einem Kostenblock einen dauerhaften Vorteil.'], 'Eigene Chips machen aus einem Kostenblock einen dauerhaften Vorteil.'],
  ] as const)('comes from %s', (_label, blocks, expected) => {
    const lang = _label.startsWith('German') ? 'de' : 'en';
    const article = makeArticle(blocks as never, { lang });
    const { digest } = explainDigest(article);
    expect(digest.keyTakeaway.text).toBe(expected);
    expect(article.text).toContain(digest.keyTakeaway.quote);
  });

  it('is not the rest of a marked sentence that leans on the one before ("In short, it would…")', () => {
    const { digest } = explainDigest(makeArticle([...body, 'In short, it would close all but essential workplaces across the region.']));
    expect(digest.keyTakeaway.text.startsWith('It would')).toBe(false);
  });

  it('falls back to the sentence ranked first as the thesis and says so', () => {
    const { digest, choices } = explainDigest(makeArticle(body.map((b) => b)));
    expect(body).toContain(digest.keyTakeaway.text);
    expect(choices.find((c) => c.step === 'key-takeaway')?.reason).toMatch(/thesis/);
  });

  it('is the title when what the summary left is only side detail, not a side fact under the label', () => {
    const details = [
      'Lee spoke to KXAN in June, a week following passage of the bill in the legislature.',
      'She retired in 2009 after 31 years of teaching third grade at a school in Round Rock.',
      'The polls closed at 7 p.m. and the results were announced shortly after 10 p.m. on Tuesday night.',
      'Turnout was about 12 percent, according to the county clerk, who said the lines were short.',
    ];
    const { digest, choices } = explainDigest(
      makeArticle(
        [
          'Voters approved a measure on Tuesday that raises the pensions of retired public school teachers by four percent.',
          'The increase takes effect in January and applies to about 90,000 retirees across the state.',
          'State officials warned that the pension fund could face a shortfall within a decade.',
          ...details,
        ],
        { title: 'Voters pass pension increase for retired teachers' },
      ),
    );
    expect(digest.keyTakeaway).toEqual({ text: 'Voters pass pension increase for retired teachers' });
    const choice = choices.find((c) => c.step === 'key-takeaway');
    expect(choice?.reason).toMatch(/^no sentence likely enough to state the point \(best log-odds -\d/);
    expect(details).toContain(choice?.text);
  });

  it('keeps the likeliest sentence when the title only names a subject', () => {
    const details = [
      'Lee spoke to KXAN in June, a week following passage of the bill in the legislature.',
      'She retired in 2009 after 31 years of teaching third grade at a school in Round Rock.',
    ];
    const { digest } = explainDigest(
      makeArticle(
        [
          'Voters approved a measure on Tuesday that raises the pensions of retired public school teachers by four percent.',
          'The increase takes effect in January and applies to about 90,000 retirees across the state.',
          'State officials warned that the pension fund could face a shortfall within a decade.',
          ...details,
        ],
        { title: 'Pension Politics' },
      ),
    );
    expect(digest.keyTakeaway.text).not.toBe('Pension Politics');
    expect(digest.keyTakeaway.quote).toBeDefined();
  });

  it('gives the opening bonus to the article’s first statement, not to the first one the summary left', () => {
    const article = makeArticle(
      [
        'Voters approved a measure on Tuesday that raises the pensions of retired public school teachers by four percent.',
        'The increase takes effect in January and applies to about 90,000 retirees across the state.',
        'State officials warned that the pension fund could face a shortfall within a decade.',
        'Lee spoke to KXAN in June, a week following passage of the bill in the legislature.',
        'She retired in 2009 after 31 years of teaching third grade at a school in Round Rock.',
      ],
      { title: 'Voters pass pension increase for retired teachers' },
    );
    const choice = explainDigest(article).choices.find((c) => c.step === 'key-takeaway');
    const context = buildContext(article);
    const judge = new SentenceJudge(context, centralities(context));
    const sentence = context.sentences.find((s) => s.text === choice?.text);
    expect(sentence?.index).toBeGreaterThan(0);
    // The score reported is the sentence's own log-odds: no bonus for coming first after the summary.
    const reported = Number(/log-odds (-?[\d.]+)/.exec(choice?.reason ?? '')?.[1]);
    expect(reported).toBeCloseTo(Math.log(judge.of(sentence?.index ?? 0)?.odds.thesis ?? 0), 1);
  });

  it('is never a quote, an aside in the first person or the article announcing itself', () => {
    const asides = [
      'Below, we analyze the snap counts and stats on defense for the Week 11 game against the Steelers.',
      '“We will not stop until the job is done,” the coach told reporters after the game on Sunday.',
      'If you are like me, I never follow football throughout the season but still enjoy the big games.',
    ];
    const { digest } = explainDigest(
      makeArticle([
        'The Browns beat the Steelers 21-7 on Thursday night in a game marred by a brawl in the final seconds.',
        ...asides,
        'The defense held the Steelers to 240 yards, its best performance of the season so far.',
        'Myles Garrett was ejected after the brawl and faces a long suspension from the league.',
      ]),
    );
    expect(asides).not.toContain(digest.keyTakeaway.quote);
  });
});

describe('the summary as prose', () => {
  it('ends a standfirst without a full stop, so it does not run into the next sentence', () => {
    const { digest } = explainDigest(
      makeArticle([
        'Report claims higher education institutions have created pool of low-paid staff for teaching and research',
        'Thousands of academic staff at British universities are being treated as second-class citizens on precarious contracts, says a report.',
        'The report by the University and College Union claims institutions have created a pool of low-paid staff to teach undergraduates.',
        'Universities said the contracts give them flexibility in hard times for the sector.',
      ]),
    );
    expect(digest.summary).toContain('teaching and research. Thousands of academic staff');
  });
});

describe('the summary of an essay in sections', () => {
  const lede = [
    'I moved to the city five years ago and planted a small garden behind my apartment.',
    'The first summer was hot, and most of the seedlings wilted before July.',
    'My neighbours laughed at the rows of dead tomatoes along the fence.',
  ];
  const sections: (string | ['heading', string])[] = [
    ['heading', 'Why gardens fail'],
    'Most urban gardens fail because their soil holds too little water for the summer heat.',
    'The roots of young plants dry out within a day when the ground is bare.',
    'Gardeners often blame the seeds, the weather or the pests instead.',
    ['heading', 'What mulch does'],
    'The key lesson is that healthy soil matters more than the choice of plants for any urban garden.',
    'A layer of straw or bark a few centimetres deep halves the water a bed loses.',
    'The difference shows within a single season in the size of the harvest.',
  ];

  it('takes a section’s likeliest claim beside the lede, so the summary reaches past the opening', () => {
    const { digest, choices } = explainDigest(makeArticle([...lede, ...sections]));
    expect(digest.summary).toContain(lede[0]);
    const fromSection = choices.filter((c) => c.step === 'summary' && c.reason.startsWith('the point of the section'));
    expect(fromSection).toHaveLength(1);
    expect(digest.summary).toContain(fromSection[0]!.text);
    expect(lede).not.toContain(fromSection[0]!.text);
  });

  it('stays with the lede when the article has no sections (news puts its point first)', () => {
    const flat = sections.filter((b): b is string => typeof b === 'string');
    const { choices } = explainDigest(makeArticle([...lede, ...flat]));
    expect(choices.some((c) => c.step === 'summary' && c.reason.startsWith('the point of the section'))).toBe(false);
  });
});

describe('the site talking to its reader', () => {
  it('is no item when a sentence asks the reader to do something on the page’s own domain', () => {
    const article = makeArticle(
      [
        'Das Wort der Liebe meint im Hohelied zunächst eine noch unsichere, suchende Liebe zwischen zwei Menschen.',
        'Später will die Liebe Endgültigkeit, und zwar in doppeltem Sinn, für immer und ausschließlich.',
        'Wenn dir der Beitrag gefällt, hinterlasse einfach hier auf kath.net einen Gruß für die Redaktion.',
      ],
      { url: 'https://www.kath.net/news/76785', lang: 'de' },
    );
    const context = buildContext(article);
    expect(context.sentences[2]?.unusable).toMatch(/^boilerplate \(asks the reader about the site, kath\.net\)/);
  });

  it('is news when the story names its own site', () => {
    const article = makeArticle(['The base has been the target of a disinformation campaign, Polygraph.info has previously reported.'], { url: 'https://www.polygraph.info/a/x.html' });
    expect(buildContext(article).sentences[0]?.unusable).toBeNull();
  });
});

describe('a byline run into the first paragraph', () => {
  it('is cut from the sentence it opens, which keeps its place in the text', () => {
    const article = makeArticle(
      [
        'Von Daniel Weinmann Sie ist die erfolgreichste Nachrichtensendung des Landes, sagt der Sender selbst.',
        'Die Ausgabe um acht Uhr erreichte im vergangenen Jahr rund zehn Millionen Zuschauer pro Sendung.',
      ],
      { byline: 'Daniel Weinmann', lang: 'de' },
    );
    const [first] = buildContext(article).sentences;
    expect(first?.text).toBe('Sie ist die erfolgreichste Nachrichtensendung des Landes, sagt der Sender selbst.');
    expect(article.text.slice(first?.start, first?.end)).toBe(first?.text);
  });

  it('stays when the sentence goes on in lower case', () => {
    const article = makeArticle(['By Jane Doe, who ran the company for a decade, the plan was judged a failure.'], { byline: 'Jane Doe' });
    expect(buildContext(article).sentences[0]?.text).toMatch(/^By Jane Doe/);
  });
});

describe('a dateline run into the first paragraph', () => {
  it.each([
    ['Hong Kong (CNN Business)A muddled view of trade talks weighs on investors.', 'A muddled view of trade talks weighs on investors.'],
    ['(The Hollywood Reporter)Stan Freberg, a comic, has died at 88.', 'Stan Freberg, a comic, has died at 88.'],
    ['Kathmandu, Nepal (CNN)Rescuers pulled a man from the rubble.', 'Rescuers pulled a man from the rubble.'],
  ])('is cut from %j', (text, sentence) => {
    const article = makeArticle([text, 'A second paragraph follows here.']);
    const [first] = buildContext(article).sentences;
    expect(first?.text).toBe(sentence);
    expect(article.text.slice(first?.start, first?.end)).toBe(sentence);
  });

  it('is not read into a parenthesis inside a sentence', () => {
    const text = 'Nach der ganzen Hektik während der (Vor-)Weihnachtszeit war es genau das Richtige.';
    expect(buildContext(makeArticle([text], { lang: 'de' })).sentences[0]?.text).toBe(text);
  });
});
