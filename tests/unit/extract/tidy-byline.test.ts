import { describe, expect, it } from 'vitest';
import { tidyByline } from '../../../lib/extract/tidy-byline';

describe('tidyByline', () => {
  it.each([
    ['About the Author - Florina Ionescu', 'Florina Ionescu'],
    ['Hosted by DANICA KIRKA and JILL LAWLESSAssociated Press', 'DANICA KIRKA and JILL LAWLESS, Associated Press'],
    ['Carrie ArnoldNovember 15, 2019', 'Carrie Arnold'],
    ['Jane Doe | Nov. 3, 2024 at 5:00 pm', 'Jane Doe'],
    ['Written by: Ann Lee', 'Ann Lee'],
    ['Ben Thompson', 'Ben Thompson'],
    ['NASA Earth Observatory', 'NASA Earth Observatory'],
    ['Maya Angelou', 'Maya Angelou'],
    ['Authority Magazine', 'Authority Magazine'],
    ['geschrieben von Meike Neitz', 'Meike Neitz'],
    ['Recipe by Eat What Tonight', 'Eat What Tonight'],
    ['MORITZ GATHMANN am 21. April 2020', 'MORITZ GATHMANN'],
    ['Emily Burack 8 January 2020, 3:51 pm Edit', 'Emily Burack'],
    ['| Autor: gnaddrig', null],
    ['Kevin Johnson and Kevin McCoy', 'Kevin Johnson and Kevin McCoy'],
    ['Lars Fischer und Alina Schadwinkel', 'Lars Fischer und Alina Schadwinkel'],
    ['Christoph von Ritter', 'Christoph von Ritter'],
    ['The Russian and Syrian defense ministries', null],
    ['luxurious', null],
    ['kath.net', null],
    [null, null],
  ])('%j → %j', (byline, expected) => {
    expect(tidyByline(byline)).toBe(expected);
  });
});
