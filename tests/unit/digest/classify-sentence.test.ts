import { describe, expect, it } from 'vitest';
import { isAsideInFirstPerson, startsWithAnaphora, unusableReason } from '../../../lib/digest/classify-sentence';
import type { Block } from '../../../lib/article';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const judge = (text: string, blockType: Block['type'] = 'paragraph', relativePosition = 0.5) =>
  unusableReason({ text, blockType, words: words(text), relativePosition });

describe('unusableReason', () => {
  it.each([
    ['Consider custom silicon when the workload is large and predictable enough.', 'paragraph', null],
    ['The Optimization Loop', 'heading', 'heading'],
    ['Consider what this means in practice:', 'paragraph', 'lead-in'],
    ['The lesson for executives is straightforward.', 'paragraph', 'lead-in'],
    ["Here's how it works in three steps.", 'paragraph', 'lead-in'],
    ['What is the optimization loop?', 'paragraph', 'question'],
    ['Scroll to Top', 'paragraph', 'boilerplate'],
    ['Read on', 'paragraph', 'too short'],
    ['Trainium trains Nova models', 'list-item', 'too short'],
    ['Nova for proprietary capabilities and Trainium too', 'list-item', 'list stub'],
    ['Subscribe now to keep reading and get access to the full archive.', 'paragraph', 'boilerplate'],
    ['We use cookies to improve your experience. Accept Reject', 'paragraph', 'boilerplate'],
    ['FourWeekMBA x Business Engineer | Updated 2026 and more words here.', 'paragraph', 'boilerplate'],
    ['© 2026 FourWeekMBA. All rights reserved.', 'paragraph', 'boilerplate'],
    ['Jetzt abonnieren und den ganzen Artikel lesen, sagt der Verlag.', 'paragraph', 'boilerplate'],
    ['Um selbst Kommentare verfassen zu können, müssen Sie sich bitte einloggen.', 'paragraph', 'boilerplate'],
    ['Erfahren Sie hier mehr über die Geschichte der Filmstadt Göttingen.', 'paragraph', 'boilerplate'],
    ['Helfen Sie mit, sichern Sie kritischen, unabhängigen Journalismus, der keine Steuergelder bekommt.', 'paragraph', 'boilerplate'],
    ['This article first appeared on The Conversation, a site run by academics.', 'paragraph', 'boilerplate'],
    ['AS - www.autoracing.com.br.', 'paragraph', 'boilerplate'],
    ['In einen existierenden Account Zum Login oder einen neuen Account anlegen.', 'paragraph', 'boilerplate'],
    ['To comment, log in or register with your email address below.', 'paragraph', 'boilerplate'],
    ['The study, first published in Nature last year, found no such effect.', 'paragraph', null],
    ['and then the company sold everything it had built over the years.', 'paragraph', 'starts mid-sentence'],
    ['const x = digest(article); return x.summary;', 'code', 'code block'],
    ['Jane Doe MP, jane.doe.mp@parliament.uk, and John Roe MP, john.roe.mp@parliament.uk, sit for the city.', 'paragraph', 'contact address'],
    ['For more on caring for a lemon tree indoors, check out the complete lemon tree care guide by a grower.', 'paragraph', 'boilerplate'],
  ] as const)('%j (%s) → %s', (text, type, expected) => {
    const reason = judge(text, type);
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatch(new RegExp(`^${expected}`));
  });

  it('treats an author bio as furniture only near the end of the article', () => {
    const bio = 'Gennaro is the creator of FourWeekMBA, which reached about four million business people.';
    expect(judge(bio, 'paragraph', 0.95)).toBe('author bio');
    expect(judge(bio, 'paragraph', 0.2)).toBeNull();
  });
});

describe('sentence shape helpers', () => {
  it.each([
    ['It is the willingness to spend for a decade.', true],
    ['Er wurde schnell zu einem der engsten Mitarbeiter.', true],
    ['“This matters,” she said.', true],
    ['Itself a risk, the plan went ahead.', false],
    ['Amazon’s advantage is not any single product.', false],
  ])('startsWithAnaphora(%j) = %j', (text, expected) => expect(startsWithAnaphora(text)).toBe(expected));

  it.each([
    ['I am not surprised, and neither should anyone be.', true],
    ['My point is simple.', true],
    ['"I love you," she shouted at the crowd.', false],
    ['He said "I will pay" and left.', false],
    ['Inference is a different problem.', false],
  ])('isAsideInFirstPerson(%j) = %j', (text, expected) => expect(isAsideInFirstPerson(text)).toBe(expected));

  it.each([
    ['de', 'Ich habe angefangen, mich mit dem Thema zu beschäftigen, als es 2004 einen Skandal gab.', true],
    ['de', 'Es ist möglich, dass die Mieten im nächsten Jahr wieder steigen.', false],
    ['fr', 'J’ajoute qu’il s’agit d’un salaire de misère.', true],
    ['fr', 'Les politiques qui détruisent l’Éducation sont les mêmes partout.', false],
    ['es', 'Yo creo que la reforma llega tarde.', true],
    ['en', 'Mir and Yo are names here, not pronouns of the writer.', false],
  ] as const)('in %s: isAsideInFirstPerson(%j) = %j', (lang, text, expected) => expect(isAsideInFirstPerson(text, lang)).toBe(expected));
});
