// The steps that run on the whole page before Readability.
import { describe, expect, it } from 'vitest';
import { removeBoilerplateBoxes } from '../../../lib/extract/steps/remove-boilerplate-boxes';
import { removeNonContent } from '../../../lib/extract/steps/remove-non-content';
import { removeOverlays } from '../../../lib/extract/steps/remove-overlays';
import { removePaywallGates } from '../../../lib/extract/steps/remove-paywall-gates';
import { removeSiteBoilerplate } from '../../../lib/extract/steps/remove-site-boilerplate';
import { removeTagLists } from '../../../lib/extract/steps/remove-tag-lists';
import { revealHiddenArticle } from '../../../lib/extract/steps/reveal-hidden-article';
import { stratechery } from '../../../lib/extract/sites/stratechery';
import { wordpress } from '../../../lib/extract/sites/wordpress';
import { PROSE, runDomStep } from './run-step';

const article = `<article><h1>Title</h1><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></article>`;

describe('remove-non-content', () => {
  it.each([
    ['a script', '<script>var x = "script text";</script>', 'script text'],
    ['an SVG sprite', '<svg><text>icon label</text></svg>', 'icon label'],
    ['a navigation bar', '<nav><a href="/">Home</a> <a href="/news">News</a></nav>', 'News'],
  ])('drops %s', (_name, html, gone) => {
    const run = runDomStep(removeNonContent, `${html}${article}`);
    expect(run.text).not.toContain(gone);
    expect(run.text).toContain('Title');
  });

  it('keeps a <nav> that wraps the article', () => {
    expect(runDomStep(removeNonContent, `<nav>${article}</nav>`).text).toContain(PROSE);
  });
});

describe('remove-boilerplate-boxes', () => {
  it.each([
    ['share bar', '<div class="share-buttons"><a>Tweet this</a></div>', 'Tweet this'],
    ['newsletter box', '<div class="newsletter-signup"><p>Get our weekly letter</p></div>', 'weekly letter'],
    ['related list', '<section class="related-content"><a>Other story</a></section>', 'Other story'],
    ['author bio', '<div class="author-bio"><p>Jane writes about things.</p></div>', 'Jane writes'],
    ['cookie banner', '<div id="cookieNotice"><p>We keep crumbs</p></div>', 'crumbs'],
    ['skip or scroll link', '<a class="scroll-to-top" href="#">Up we go</a>', 'Up we go'],
    ['comments', '<div id="comments"><p>First!</p></div>', 'First!'],
    ['breadcrumbs', '<div class="breadcrumbs"><a>Home</a> › <a>Section</a></div>', 'Section'],
    ['tag list', '<div class="post-tags"><a>economy</a></div>', 'economy'],
    ['promo', '<div class="promo-banner"><a>Buy the package</a></div>', 'Buy the package'],
    ['announcement bar', '<div class="theme-announcement-bar announcementBar_mb4j"><p>Version 3.0 is out! Read the release notes</p></div>', 'Version 3.0'],
    ['announcement bar', '<aside class="md-banner"><p>Join us at the conference in May</p></aside>', 'conference'],
  ])('drops a %s', (reason, html, gone) => {
    const run = runDomStep(removeBoilerplateBoxes, `${article}${html}`);
    expect(run.text).not.toContain(gone);
    expect(run.context.removals).toContainEqual(expect.objectContaining({ step: 'remove-boilerplate-boxes', reason }));
  });

  it.each([
    ['a class that merely contains a box word', '<div class="shared-memory-notes"><p>kept words</p></div>'],
    ['a box whose class says share but that holds the article', `<div class="share-wrapper">${article}</div>`],
    ['AEM components (cmp-*) rather than consent managers', '<div class="cmp-text"><p>kept words</p></div>'],
  ])('keeps %s', (_name, html) => {
    const run = runDomStep(removeBoilerplateBoxes, `${html}${article}`);
    expect(run.context.removals).toEqual([]);
  });

  it.each([
    ['a pull request whose description sits in a comment box', `<h1>Fix the parser</h1><div class="comment-body"><p>${PROSE}</p><p>${PROSE}</p></div><div class="comment-body"><p>Looks good to me.</p></div>`],
    ['a post body classed like a comment', `<div class="post comment-content"><p>${PROSE}</p><p>${PROSE}</p></div>`],
    ['headings classed like boxes', `<h2 class="h1-related">The first part</h2><p>${PROSE}</p><h2 class="comments-heading">The second part</h2><p>${PROSE}</p>`],
  ])('never removes the article: %s', (_name, html) => {
    const run = runDomStep(removeBoilerplateBoxes, html);
    expect(run.text).toContain(PROSE);
    if (html.includes('<h2')) expect(run.text).toContain('The second part');
    expect(run.context.removals.filter((r) => r.text.includes(PROSE.slice(0, 40)))).toEqual([]);
  });

  it('still drops long comments after a post that has its own paragraphs', () => {
    const run = runDomStep(removeBoilerplateBoxes, `<div class="entry"><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></div><div id="comments"><p>${PROSE} First!</p><p>${PROSE} Second!</p></div>`);
    expect(run.text).not.toContain('First!');
  });

  it('records a short paywall box as a gate', () => {
    const run = runDomStep(removeBoilerplateBoxes, `${article}<div class="paywall"><p>Subscribe for more</p></div>`);
    expect(run.context.gates).toEqual(['Subscribe for more']);
  });
});

describe('remove-overlays', () => {
  it.each([
    ['role=dialog', '<div role="dialog"><p>Join now</p></div>'],
    ['aria-modal', '<div aria-modal="true"><p>Join now</p></div>'],
    ['a <dialog>', '<dialog open><p>Join now</p></dialog>'],
  ])('drops %s', (_name, html) => {
    expect(runDomStep(removeOverlays, `${article}${html}`).text).not.toContain('Join now');
  });
});

describe('remove-paywall-gates', () => {
  it.each([
    ['Subscribe now to keep reading this story.'],
    ['This post is for paid subscribers'],
    ['Already a subscriber? Log in'],
    ['Already a paid subscriber? Sign in'],
    ['Log in to read the full article.'],
    ["You've reached your free article limit for this month."],
    ['To view the full story, please subscribe to The Daily.'],
  ])('removes the gate %j and records it', (gate) => {
    const run = runDomStep(removePaywallGates, `${article}<p>${gate}</p>`);
    expect(run.text).not.toContain(gate);
    expect(run.context.gates).toHaveLength(1);
  });

  it.each([['Continue reading'], ['Our members met in June to read the report aloud.'], [PROSE]])('leaves %j', (text) => {
    const run = runDomStep(removePaywallGates, `${article}<p>${text}</p>`);
    expect(run.context.gates).toEqual([]);
  });

  it("removes a site's named gate", () => {
    const run = runDomStep(removePaywallGates, `${article}<div id="passport-gate"><h3>Members only</h3></div>`, [stratechery]);
    expect(run.text).not.toContain('Members only');
    expect(run.context.gates).toEqual(['Members only']);
  });
});

describe('remove-site-boilerplate', () => {
  it.each([
    ['.sharedaddy', '<div class="sharedaddy"><h3>Share this:</h3></div>', 'Share this'],
    ['#jp-relatedposts', '<div id="jp-relatedposts"><a>Related</a></div>', 'Related'],
    ['.jetpack-subscription-modal', '<div class="jetpack-subscription-modal"><p>Discover more</p></div>', 'Discover more'],
  ])('drops WordPress %s', (selector, html, gone) => {
    const run = runDomStep(removeSiteBoilerplate, `${article}${html}`, [wordpress]);
    expect(run.text).not.toContain(gone);
    expect(run.context.removals[0]?.reason).toBe(`wordpress: ${selector}`);
    expect(run.context.gates).toEqual([]);
  });

  it('does nothing without a matching site', () => {
    expect(runDomStep(removeSiteBoilerplate, `${article}<div class="sharedaddy">Share</div>`).context.removals).toEqual([]);
  });
});

describe('remove-tag-lists', () => {
  it.each([
    ['a labelled line of tag links, with its wrappers', '<p><strong>Tags<br><a rel="tag" href="/t/a">stock car</a>, <a rel="tag" href="/t/b">Interlagos</a></strong></p>', 'Interlagos'],
    ['"Posted in" categories', '<div>Posted in <a rel="category tag" href="/c/x">Economy</a>, <a rel="category tag" href="/c/y">Politics</a></div>', 'Politics'],
    ['one tag under a label that says so', '<span>Schlagwörter: <a rel="tag" href="/t/c">Energiewende</a></span>', 'Energiewende'],
  ])('drops %s', (_name, html, gone) => {
    const run = runDomStep(removeTagLists, `${article}${html}`);
    expect(run.text).not.toContain(gone);
    expect(run.text).toContain(PROSE);
    expect(run.context.removals).toContainEqual(expect.objectContaining({ step: 'remove-tag-lists', reason: 'tag list' }));
  });

  it('removes the wrappers that hold only the line, and not the box around the article', () => {
    const run = runDomStep(removeTagLists, `<div id="post">${article}<p><strong>Tags <a rel="tag" href="/t/a">one</a>, <a rel="tag" href="/t/b">two</a></strong></p></div>`);
    expect(run.body.querySelector('#post p strong')).toBeNull();
    expect(run.body.querySelector('#post > p')).toBeNull();
    expect(run.body.querySelector('#post')).not.toBeNull();
  });

  it.each([
    ['a sentence that links a tag in passing', `<p>Our coverage of the <a rel="tag" href="/t/e">elections</a> continues all week, with polls, maps and the results as they come in.</p>`, 'elections'],
    ['one tag link under a label that is not a tag label', '<p>Read the <a rel="tag" href="/t/f">series</a></p>', 'series'],
    ['links without rel="tag"', '<p>Tags <a href="/t/a">alpha</a>, <a href="/t/b">beta</a></p>', 'beta'],
  ])('keeps %s', (_name, html, kept) => {
    expect(runDomStep(removeTagLists, `${article}${html}`).text).toContain(kept);
  });
});

describe('reveal-hidden-article', () => {
  const prose = `<p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>`;

  it.each([
    ['streamed server rendering parked in <div hidden>', `<main><div class="skeleton"></div></main><div hidden id="S:0">${prose}</div>`],
    ['a page wrapper set aria-hidden behind a modal', `<div id="page" aria-hidden="true"><article>${prose}</article></div><div role="dialog"><p>Accept cookies?</p></div>`],
  ])('shows %s', (_name, html) => {
    const run = runDomStep(revealHiddenArticle, html);
    expect(run.body.querySelector('[hidden], [aria-hidden="true"]')).toBeNull();
    expect(run.context.removals).toEqual([expect.objectContaining({ step: 'reveal-hidden-article' })]);
  });

  it('leaves hidden what holds little of the prose, and a paywall hidden by style', () => {
    const html = `<article>${prose}</article><div hidden><p>${PROSE} (mobile copy)</p></div><div style="display:none" class="paywall-full-content">${prose}${prose}</div>`;
    const run = runDomStep(revealHiddenArticle, html);
    expect(run.body.querySelectorAll('[hidden], [style]')).toHaveLength(2);
    expect(run.context.removals).toEqual([]);
  });
});
