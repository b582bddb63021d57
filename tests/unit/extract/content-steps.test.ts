// The steps that clean the element Readability picked as the article.
import { describe, expect, it } from 'vitest';
import { removeBoilerplateBlocks } from '../../../lib/extract/steps/remove-boilerplate-blocks';
import { removeBoilerplateSections } from '../../../lib/extract/steps/remove-boilerplate-sections';
import { removeBylines } from '../../../lib/extract/steps/remove-bylines';
import { removeCaptions } from '../../../lib/extract/steps/remove-captions';
import { removeCardGrids } from '../../../lib/extract/steps/remove-card-grids';
import { removeLinkAsides } from '../../../lib/extract/steps/remove-link-asides';
import { removeLinkLists } from '../../../lib/extract/steps/remove-link-lists';
import { fourweekmba } from '../../../lib/extract/sites/fourweekmba';
import { PROSE, runDomStep } from './run-step';

const body = `<p>${PROSE}</p><p>${PROSE}</p>`;

describe('remove-boilerplate-blocks', () => {
  it.each([
    ['Share this:'],
    ['– Anzeige –'],
    ['Read more: <a href="/x">Another story</a>'],
    ['Lesen Sie auch: <a href="/x">Noch ein Artikel</a>'],
    ['<strong>SEE MORE</strong>: <a href="/x">Hong Kong protests: students under siege</a>'],
    ['Leave a comment'],
    ['Sign up for our daily newsletter and never miss a story'],
    ['© 2024 Example Media. All rights reserved.'],
    ['Tags: economy, trade'],
    ['Follow The Gleaner on Twitter and Instagram'],
    ['Was this article helpful?'],
    ['Lea: <a href="/x">Otra noticia del día</a>'],
    ['ANZEIGE - Heute mal ausgehen?'],
    ['Never miss the latest news by signing up to our newsletter today!'],
    ['We want to hear what you think about this article. Submit a letter to the editor.'],
    ['Quellen ausblenden'],
    ['This entry was posted on Tuesday, May 6th, 2014 at 11:30 pm and is filed under Linux, Tutorials, Ubuntu. You can follow any responses to this entry through the RSS 2.0 feed. Both comments and pings are currently closed.'],
    ['Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter debianforum, Linux, Tutorials, Ubuntu, ubuntuusers.de. Kommentare zu diesen Eintrag im RSS 2.0 Feed. Kommentare und Pings sind derzeit nicht erlaubt.'],
    ['IMPRESSUM | DATENSCHUTZ | COPYRIGHT ANDRÉ LOIBL'],
    ['Audios et vidéos sur le sujet'],
    ['Twitter freischalten'],
    ['Datenschutzeinstellungen verwalten'],
    ['Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her. Hier kannst du deine Einstellungen verwalten.'],
    ['Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube.'],
    ['By loading the video, you agree to YouTube’s privacy policy.'],
    ['Order Reprints'],
    ['Sign In'],
    ['BREAKING NEWS'],
    ['ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.'],
    ['Comments are moderated and will not appear until approved.'],
    ['Write to Jane Roe at jane.roe@example.com'],
    ['This post contains affiliate links: we may earn a commission if you buy through them.'],
    ['Have an opinion on this story? Submit your letter to the editor here.'],
    ['Never fear—check out our iPhone buying guide for the models worth your money.'],
  ])('drops %j', (html) => {
    const run = runDomStep(removeBoilerplateBlocks, `${body}<p>${html}</p>`);
    expect(run.text).toBe(`${PROSE} ${PROSE}`);
    expect(run.context.removals[0]?.step).toBe('remove-boilerplate-blocks');
  });

  it.each([
    ['a sentence that mentions sharing', 'Share prices rose in early trading as investors weighed the news.'],
    ['a long paragraph that starts like a kicker', `Read more: ${PROSE} ${PROSE}`],
    ['a heading', 'What the numbers say'],
    ['a sentence about loading videos', 'Video laden viele Nutzer erst am Abend herunter, sagt die Studie.'],
    ['a sentence about an Impressum', 'Ein Impressum und eine Datenschutzerklärung braucht jede geschäftliche Website, urteilte das Gericht.'],
  ])('keeps %s', (_name, html) => {
    expect(runDomStep(removeBoilerplateBlocks, `${body}<p>${html}</p>`).context.removals).toEqual([]);
  });

  it("drops a site module's phrases only on that site", () => {
    const kicker = '<p>FourWeekMBA x Business Engineer | Updated 2026</p>';
    expect(runDomStep(removeBoilerplateBlocks, `${kicker}${body}`, [fourweekmba]).text).not.toContain('Updated 2026');
    expect(runDomStep(removeBoilerplateBlocks, `${kicker}${body}`).text).toContain('Updated 2026');
  });
});

describe('remove-boilerplate-sections', () => {
  it.each([
    ['author bio', '<h3>About the author</h3><p>Jane Doe covers energy markets from Berlin.</p>', 'Jane Doe'],
    ['related or popular list', '<h3>Related</h3><ul><li><a href="/a">One story</a></li><li><a href="/b">Two story</a></li></ul>', 'One story'],
    ['related or popular list', '<h2>Meistgelesene Artikel</h2><ul><li><a href="/a">Erster</a></li></ul>', 'Erster'],
    ['table of contents', '<p><strong>Inhaltsverzeichnis</strong></p><ol><li><a href="#a">Teil A</a></li></ol>', 'Teil A'],
  ])('drops a labelled %s with its label', (reason, html, gone) => {
    const run = runDomStep(removeBoilerplateSections, `${body}${html}`);
    expect(run.text).not.toContain(gone);
    expect(run.text).toBe(`${PROSE} ${PROSE}`);
    expect(run.context.removals.map((r) => r.reason)).toContain(reason);
  });

  it('keeps a "Related" section that is prose, not links', () => {
    const run = runDomStep(removeBoilerplateSections, `<h3>Related</h3><p>${PROSE}</p>`);
    expect(run.text).toContain(PROSE);
  });

  it('drops a "Don\'t miss" label and the one block of links after it, amid the prose', () => {
    const links = '<p><a href="/a">China furious at Macron</a> [INSIGHT]|<br><a href="/b">Lakers vs Nets: NBA decides</a> [VIDEO]</p>';
    const run = runDomStep(removeBoilerplateSections, `<p>${PROSE}</p><p><strong>DON'T MISS</strong></p>${links}<p>${PROSE}</p>`);
    expect(run.text).toBe(`${PROSE} ${PROSE}`);
    expect(run.context.removals.map((r) => r.reason)).toEqual(['related or popular list label', 'related or popular list']);
  });

  it('keeps the prose after a "Related" label when no block of links follows it', () => {
    const run = runDomStep(removeBoilerplateSections, `<p>${PROSE}</p><p><strong>Related</strong></p><p>${PROSE}</p><p><a href="/a">One</a> <a href="/b">Two</a></p>`);
    expect(run.text).toBe(`${PROSE} Related ${PROSE} One Two`);
    expect(run.context.removals).toEqual([]);
  });

  it('stops at the next heading of the same rank', () => {
    const run = runDomStep(removeBoilerplateSections, `<h2>About the author</h2><p>Jane.</p><h2>Next part</h2><p>${PROSE}</p>`);
    expect(run.text).toBe(`Next part ${PROSE}`);
  });
});

describe('remove-captions', () => {
  it.each([
    ['a figcaption', '<figure><img src="a.jpg"><figcaption>The harbour at dawn.</figcaption></figure>', 'harbour'],
    ['a caption class', '<div class="wp-caption-text">The harbour at dawn.</div>', 'harbour'],
    ['a photo credit line', '<p>Photo: Reuters</p>', 'Reuters'],
    ['a credit with the copyright sign', '<span>© ArTo / Fotolia</span>', 'Fotolia'],
    ['a French credit line', '<p>Crédits photos : Bestimage</p>', 'Bestimage'],
    ['a caption that ends with its credit', '<p>Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO</p>', 'Odermatt'],
    ['a caption with a "Photo:" credit', '<p>The state epidemiologist at a daily briefing. Photo: Fredrik Sandberg/TT</p>', 'epidemiologist'],
  ])('drops %s', (_name, html, gone) => {
    const run = runDomStep(removeCaptions, `${body}${html}`);
    expect(run.text).not.toContain(gone);
    expect(run.text).toContain(PROSE);
  });

  it('keeps a sentence that quotes a copyright sign mid-line', () => {
    expect(runDomStep(removeCaptions, `<p>The © sign on the label was the only thing the court looked at.</p>`).context.removals).toEqual([]);
  });

  it('keeps a paragraph that merely starts with "Image"', () => {
    expect(runDomStep(removeCaptions, `<p>Image is everything in politics, said the consultant, and she meant it.</p>`).context.removals).toEqual([]);
  });
});

describe('remove-bylines', () => {
  it.each([
    ['a byline box', '<div class="byline">By Jane Doe</div>'],
    ['a "By" line', '<p>By Jane Doe and John Roe</p>'],
    ['a German "Von" line', '<p>Von Alexander Rosenkranz</p>'],
    ['a date line', '<p>Published 19 November 2019, 10:48</p>'],
    ['a numeric date', '<span>12.10.2015, 19:16 Uhr</span>'],
    ['a date line with the time first', '<p>PUBLISHED: 10:48, Tue, Nov 19, 2019</p>'],
    ['a German "Veröffentlichung" line', '<p>Veröffentlichung: 2. Februar 2022</p>'],
    ['an "updated" line after a bar', '<p>| UPDATED: 11:05, Tue, Nov 19, 2019</p>'],
    ['a meta box', '<div class="entry-meta"><time>May 3, 2020</time> · 4 min read</div>'],
    ['a date and an update time run together', '<p>Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.</p>'],
    ['a place and a date with commas', '<p>Managua, Nicaragua 26, Abril, 2022 7:43 p.m.</p>'],
    ['a Portuguese weekday and time', '<p>segunda-feira, 22 de janeiro de 2018 às 0:13</p>'],
  ])('drops %s', (_name, html) => {
    const run = runDomStep(removeBylines, `${html}${body}`);
    expect(run.text).toBe(`${PROSE} ${PROSE}`);
  });

  it.each([
    ['a step label', '<p>Step 1</p>'],
    ['a sentence about an author', '<p>By the end of the year, prices had doubled.</p>'],
    ['a short sentence with a year', '<p>Sales fell sharply in 2019.</p>'],
    ['a short sentence with a time', '<p>The polls close at 8:00 tonight.</p>'],
    ['a prose paragraph in an "author" box', `<div class="author"><p>${PROSE} ${PROSE}</p></div>`],
  ])('keeps %s', (_name, html) => {
    expect(runDomStep(removeBylines, `${html}${body}`).context.removals).toEqual([]);
  });
});

describe('remove-link-lists', () => {
  const links = '<ul><li><a href="/a">First other story</a></li><li><a href="/b">Second other story</a></li></ul>';

  it('drops a list of links after the last paragraph, with its heading', () => {
    const run = runDomStep(removeLinkLists, `${body}<h4>More on this:</h4>${links}`);
    expect(run.text).toBe(`${PROSE} ${PROSE}`);
  });

  it('drops a line that is one link after the last paragraph', () => {
    expect(runDomStep(removeLinkLists, `${body}<p><a href="/next">Hier geht es zum nächsten Teil</a></p>`).text).toBe(`${PROSE} ${PROSE}`);
  });

  it('keeps a list of links amid the prose', () => {
    expect(runDomStep(removeLinkLists, `<p>${PROSE}</p>${links}<p>${PROSE}</p>`).text).toContain('First other story');
  });

  it('keeps a list whose items are mostly text', () => {
    const list = `<ul><li>${PROSE} <a href="/a">source</a></li><li>${PROSE} <a href="/b">source</a></li></ul>`;
    expect(runDomStep(removeLinkLists, `${body}${list}`).context.removals).toEqual([]);
  });
});

describe('remove-card-grids', () => {
  const card = (n: number, href = `/diet/${n}.html`) =>
    `<div class="tile"><p><a href="${href}"><img src="/img/${n}.jpg" alt=""></a></p><p>Teaser ${n}: a popular plan, results in two weeks, two menus to choose from.</p></div>`;

  it('drops a grid of teaser cards into the site, with its heading, in any language', () => {
    const run = runDomStep(removeCardGrids, `${body}<div><h2>Самые популярные диеты</h2>${[1, 2, 3, 4].map((n) => card(n)).join('')}</div>`);
    expect(run.text).toBe(`${PROSE} ${PROSE}`);
    expect(run.context.removals).toEqual([expect.objectContaining({ step: 'remove-card-grids', reason: 'grid of teaser cards' })]);
  });

  it.each([
    ['cards that lead to other sites (a product round-up)', [1, 2, 3, 4].map((n) => card(n, `https://shop-${n}.example.org/item`)).join('')],
    ['list items that open with a link (a list of the article)', `<ul>${[1, 2, 3].map((n) => `<li><a href="/people/${n}">Person ${n}</a>, engineer at a company</li>`).join('')}</ul>`],
    ['boxes whose links sit inside their sentences', [1, 2, 3].map((n) => `<div class="note">Point ${n} of the piece, with <a href="/src/${n}">a source</a> cited.</div>`).join('')],
  ])('keeps %s', (_name, html) => {
    expect(runDomStep(removeCardGrids, `${body}<div>${html}</div>`).context.removals).toEqual([]);
  });
});

describe('remove-link-asides', () => {
  it.each([
    ['<p>Die Zustimmung für die Gedenkkugel zeigt (<a href="/news-1010">wir berichteten</a>). Danach ging es weiter.</p>', 'Die Zustimmung für die Gedenkkugel zeigt. Danach ging es weiter.'],
    ['<p>Das zeigt ein Blick auf den Status quo (<a href="/x">Das passiert noch beim SK Rapid &gt;&gt;&gt;</a>).</p>', 'Das zeigt ein Blick auf den Status quo.'],
  ])('drops the cross-reference in %s', (html, text) => {
    const run = runDomStep(removeLinkAsides, html);
    expect(run.text).toBe(text);
    expect(run.context.removals).toHaveLength(1);
  });

  it.each([
    ['a long citation', '<p>The figure comes from a survey (<a href="/r">the 2019 household survey of the national statistics office in Rome</a>).</p>'],
    ['a link with words beside it in the parentheses', '<p>The shares fell (see <a href="/chart">the chart</a>).</p>'],
    ['a link in running text', '<p>The <a href="/report">report</a> was published on Monday.</p>'],
  ])('keeps %s', (_, html) => {
    expect(runDomStep(removeLinkAsides, html).context.removals).toEqual([]);
  });
});
