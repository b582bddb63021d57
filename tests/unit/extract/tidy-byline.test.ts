import { describe, expect, it } from 'vitest';
import { tidyByline, tidySiteName } from '../../../lib/extract/tidy-byline';

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
    ['Super User', null],
    ['Administrator', null],
    ['Superuser Smith', 'Superuser Smith'],
    [null, null],
  ])('%j → %j', (byline, expected) => {
    expect(tidyByline(byline)).toBe(expected);
  });
});

describe('tidySiteName', () => {
  it.each([
    ['Hosted', 'https://hosted.ap.org/citizensvoice/article/x', null],
    ['Edition', 'https://edition.cnn.com/2024/01/01/x.html', null],
    ['AP News', 'https://apnews.com/article/x', 'AP News'],
    ['BBC', 'https://www.bbc.co.uk/news/x', 'BBC'],
    ['ProFootballTalk', 'https://profootballtalk.nbcsports.com/2019/x', 'ProFootballTalk'],
    ['Bloghaus', 'https://bloghaus.example.de/x', 'Bloghaus'],
    ['News', 'https://news.example.com/x', null],
    ['Hosted', 'https://example.com/hosted', 'Hosted'],
    ['ABC News', 'https://www.abc.net.au/news/x', 'ABC News'],
    ['Stratechery', 'https://stratechery.com/2024/x/', 'Stratechery'],
    ['Blog', 'not a url', 'Blog'],
    [null, 'https://hosted.ap.org/x', null],
  ])('%j on %s → %j', (siteName, url, expected) => {
    expect(tidySiteName(siteName, url)).toBe(expected);
  });
});
