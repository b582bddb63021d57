import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../lib/digest/digest-article';
import { headlineOf } from '../../../lib/digest/headline-of';
import { namesOf, opensOnBareSurname } from '../../../lib/digest/page-names';
import { makeArticle } from './make-article';

const HEARING = [
  'The White House press secretary, Stephanie Grisham, attacked the inquiry on Tuesday.',
  'California regulators said the hearings in Southern California would go on.',
  'Grisham also accused the Democrats of being blinded by their hatred for the president.',
  'Lawmakers in California asked for the transcripts.',
];

describe('page names', () => {
  it('knows a surname the page introduced in full, not a place named alone first', () => {
    const context = buildContext(makeArticle(HEARING));
    expect(opensOnBareSurname('Grisham also accused the Democrats of being blinded.', context)).toBe(true);
    expect(opensOnBareSurname('Grisham’s statement drew criticism.', context)).toBe(true);
    // The full name is no bare surname, and California was met alone before "Southern California".
    expect(opensOnBareSurname('Stephanie Grisham attacked the inquiry.', context)).toBe(false);
    expect(opensOnBareSurname('California regulators said the hearings would go on.', context)).toBe(false);
    expect(namesOf(context).has('grisham')).toBe(true);
  });

  it('reads no surnames in German, where every noun is capitalized', () => {
    const context = buildContext(makeArticle(['Die Deutsche Bahn erhöht die Preise.', 'Bahn und Bund streiten.'], { lang: 'de' }));
    expect(opensOnBareSurname('Bahn und Bund streiten über die Preise.', context)).toBe(false);
  });
});

describe('headlineOf', () => {
  const context = buildContext(makeArticle([
    'Tuberculosis has become the deadliest infectious disease in the world, officials said.',
    'The WHO report says Jack Grealish and Aston Villa fans in the U.S. can help, said Elizabeth Taylor of the WHO.',
  ]));

  it('keeps a headline as written', () => {
    expect(headlineOf('Tuberculosis is now the deadliest disease, WHO says', context)).toBe('Tuberculosis is now the deadliest disease, WHO says');
    expect(headlineOf('how to grow lemons from seeds', context)).toBe('how to grow lemons from seeds');
  });

  it('writes a shouted title in sentence case, names and acronyms as the article writes them', () => {
    expect(headlineOf('TUBERCULOSIS NOW THE DEADLIEST DISEASE, WHO SAYS', context)).toBe('Tuberculosis now the deadliest disease, WHO says');
    expect(headlineOf("U.S. DOCTORS OF ELIZABETH TAYLOR'S CLINIC", context)).toBe("U.S. doctors of Elizabeth Taylor's clinic");
  });

  it('restores the names of a URL slug title', () => {
    expect(headlineOf('Aston villa midfielder jack grealish banish memories', context)).toBe('Aston Villa midfielder Jack Grealish banish memories');
  });

  it('leaves a title in a script without case alone', () => {
    expect(headlineOf('الناشط الحقوقي السوداني', context)).toBe('الناشط الحقوقي السوداني');
  });
});
