import { describe, expect, it } from 'vitest';
import { pointsBack, readableSpans, unbalancedQuotes } from '../../../lib/digest/readable-span';
import { detectLanguage } from '../../../lib/text/detect-language';

describe('readableSpans', () => {
  // [sentence, language, the span offered first (null: none reads alone), how it was cut]
  it.each([
    ['Commodity markets reward structural cost advantages above all else.', 'en', 'Commodity markets reward structural cost advantages above all else.', 'whole'],
    ['However, the company said profits rose 20 percent in the quarter.', 'en', 'the company said profits rose 20 percent in the quarter.', 'connective'],
    ['Better yet, you can freeze the leftovers for up to three months.', 'en', 'you can freeze the leftovers for up to three months.', 'connective'],
    ['This matters because logistics is a commodity market, and commodity markets reward structural cost advantages above all else.', 'en', 'logistics is a commodity market, and commodity markets reward structural cost advantages above all else.', 'clause'],
    ['That is exactly what the chips were built to provide: the decisions Amazon made years ago are paying off as AI shifts to inference.', 'en', 'the decisions Amazon made years ago are paying off as AI shifts to inference.', 'clause'],
    ['It builds primitives for its own use, scales them, and sells them to everyone else.', 'en', null, null],
    ['Another problem is how the game handles parrying, which you can do if you time it right.', 'en', null, null],
    ['He says transit officers boarded the train at the next stop and found a man bleeding.', 'en', null, null],
    ['This week, Amazon announced a new service for businesses of every size.', 'en', 'This week, Amazon announced a new service for businesses of every size.', 'whole'],
    ["It's very difficult to build substantial wealth if you spend more than you earn.", 'en', "It's very difficult to build substantial wealth if you spend more than you earn.", 'whole'],
    ['Aber die Kosten steigen in diesem Jahr weiter stark an.', 'de', 'die Kosten steigen in diesem Jahr weiter stark an.', 'connective'],
    ['Allerdings ist das für kleine Firmen nicht billig.', 'de', null, null],
    ['Cependant, le marché reste fragile cette année en Europe.', 'fr', 'le marché reste fragile cette année en Europe.', 'connective'],
    ['Il faut investir dans le calcul désagrégé.', 'fr', 'Il faut investir dans le calcul désagrégé.', 'whole'],
    ['Sin embargo, el mercado sigue frágil este año en Europa.', 'es', 'el mercado sigue frágil este año en Europa.', 'connective'],
    ['Marissa: Axios launched in 2017 with a mission to make people smarter, faster.', 'en', 'Axios launched in 2017 with a mission to make people smarter, faster.', 'clause'],
    ['Tipp: Die Erde im Topf sollte nie ganz austrocknen, auch im Winter nicht.', 'de', 'Die Erde im Topf sollte nie ganz austrocknen, auch im Winter nicht.', 'clause'],
    ['Instead of worrying about what their constituents think, legislators look to their next job.', 'en', 'Instead of worrying about what their constituents think, legislators look to their next job.', 'whole'],
    ['First responders reached the tanker within an hour of the spill.', 'en', 'First responders reached the tanker within an hour of the spill.', 'whole'],
    ['First, the company cut the price of its cheapest plan by half.', 'en', 'the company cut the price of its cheapest plan by half.', 'connective'],
    ['As an example, Rust has had asynchronous futures for over three years.', 'en', 'Rust has had asynchronous futures for over three years.', 'connective'],
    ['With all of the former combined, polo is now associated with two things.', 'en', null, null],
    ['Those in the latter group were twice as likely to quit within a year.', 'en', null, null],
  ] as const)('%j (%s)', (sentence, lang, text, cut) => {
    const [first] = readableSpans(sentence, lang);
    expect(first?.text ?? null).toBe(text);
    expect(first?.cut ?? null).toBe(cut);
    if (first) expect(sentence.slice(first.start)).toBe(first.text);
  });

  it('keeps every sentence of a language without rules whole', () => {
    expect(readableSpans('Это предложение остаётся целым.', null)).toEqual([{ start: 0, text: 'Это предложение остаётся целым.', cut: 'whole' }]);
  });

  it.each([
    ['They said the plan would work.', true],
    ['In other words, the plan works.', true],
    ['That night, the plan worked.', false],
    ['Markets reward cost advantages.', false],
    ['According to reports, this bar is offering oxygen for Rs 300.', true],
    ['For companies in San Francisco, that windfall sticks employers with a tax increase.', true],
    ['A further 69,000 academic staff were on atypical contracts.', true],
    ['In Rome, this week brought the first polo match in years.', false],
    ['Further research is needed before doctors prescribe it.', false],
    // An object pronoun after the verb, a subject pronoun after "while", "as"…: whom?
    ['Wrap them up gently and spray the paper towel until it is wet.', true],
    ['Do not press them too hard or you might break off the roots.', true],
    ['Behind them were four military jeeps carrying coffins.', true],
    ['While they claim otherwise, the memo was approved in March.', true],
    // An answer, a reason, a difference: to what?
    ['The answer, the Vox founder suggests, is the weight of party polarization.', true],
    ['The problem is that Cleveland has no long-term option at the position.', true],
    ['The problem with most urban gardens is that their soil holds too little water.', false],
    // A company's "our": whose?
    ['Our mission is to help people get smarter, faster on the news.', true],
    ['Keep it simple and measure latency before you buy hardware.', false],
    ['While it is true that both parties changed, the coalition held.', false],
  ])('pointsBack(%j) = %j', (text, expected) => expect(pointsBack(text, 'en')).toBe(expected));
});

describe('quote fragments', () => {
  it.each([
    ['Shelf space has basically become infinite," Petrides said during the same segment.', true],
    ['Mit der Wahl von Dr. Hertha Kraus bekommt eine Lesbe Sichtbarkeit“, so Alexandra Sackmann.', true],
    ['“We are thrilled with the result.', true],
    ['Pompeo said the release “gives us hope for the success of the peace talks”.', false],
    ['Tencent, mit der „App für Alles”, wächst weiter.', false],
    ['Le ministre a parlé d’une « étape décisive » pour le pays.', false],
  ])('%j unbalanced: %j', (text, expected) => expect(unbalancedQuotes(text)).toBe(expected));

  it('leave no span that reads alone', () => {
    expect(readableSpans('Shelf space has basically become infinite," Petrides said during the same segment.', 'en')).toEqual([]);
  });
});

describe('detectLanguage', () => {
  const english = 'Retiring early takes time and incredible discipline. If you are planning to retire early, you should aim to have at least 25 to 30 times your estimated annual expenses saved or invested, though that number may be lower for some people. It is not for everyone, and that is fine.';
  const german = 'Die Kosten steigen weiter, und die Firmen sind nicht bereit, die Preise zu senken. Das ist für viele Kunden ein Problem, denn die Löhne steigen nicht im gleichen Maß. Auch die Politik hat bisher keine Antwort auf die Frage, wie es weitergehen soll.';
  it.each([
    [english, 'de', 'en'],
    [english, 'en-US', 'en'],
    [english, null, 'en'],
    [english, 'pt', 'en'],
    [german, 'en', 'de'],
    [german, null, 'de'],
    ['Too short to judge.', 'de', 'de'],
  ])('%#: declared %j → %j', (text, declared, expected) => expect(detectLanguage(text, declared)).toBe(expected));
});
