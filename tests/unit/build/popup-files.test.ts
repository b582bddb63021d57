import type { IndexHtmlTransformContext, IndexHtmlTransformHook, Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { inlinePopupCss, sharedWithOtherPages, staticImports } from '../../../scripts/build/popup-files';

describe('staticImports', () => {
  it('follows static imports transitively, once each, through cycles', () => {
    const graph: Record<string, string[]> = { page: ['main', 'virtual'], main: ['a', 'b'], a: ['b', 'main'], b: [], virtual: [], other: ['a'] };
    expect([...staticImports('page', (id) => graph[id] ?? [])].sort()).toEqual(['a', 'b', 'main', 'page', 'virtual']);
  });
});

describe('sharedWithOtherPages', () => {
  it("keeps what only the popup loads (its script, its components, popup.css) out of the shared set", () => {
    const graph: Record<string, string[]> = {
      popup: ['popupMain'],
      popupMain: ['popup.css', 'theme.css', 'PopupApp', 'preact'],
      PopupApp: ['DigestCard', 'CardActions'],
      library: ['libraryMain'],
      libraryMain: ['theme.css', 'DigestCard', 'preact', 'library.css'],
      DigestCard: ['preact'],
    };
    const shared = sharedWithOtherPages('popup', ['library'], (id) => graph[id] ?? []);
    expect([...shared].sort()).toEqual(['DigestCard', 'preact', 'theme.css']);
  });
});

describe('inlinePopupCss', () => {
  const css = 'body{width:400px}';
  const bundle = { 'assets/popup-modules-X.css': { type: 'asset', fileName: 'assets/popup-modules-X.css', source: css } } as unknown as Rollup.OutputBundle;
  const html = '<head><script type="module" crossorigin src="/chunks/popup-A.js"></script>\n<link rel="stylesheet" crossorigin href="/assets/popup-modules-X.css"></head>';
  const transform = (filename: string, withBundle = bundle) => {
    const hook = inlinePopupCss().transformIndexHtml as { handler: IndexHtmlTransformHook };
    return hook.handler.call({} as never, html, { filename, path: '/', bundle: withBundle } as IndexHtmlTransformContext);
  };

  it("puts the popup's stylesheet in a <style> element and leaves its scripts as files", () => {
    const out = transform('/repo/entrypoints/popup/index.html');
    expect(out).toContain(`<style>${css}</style>`);
    expect(out).not.toContain('<link rel="stylesheet"');
    expect(out).toContain('src="/chunks/popup-A.js"');
  });

  it('leaves the other pages linking their CSS', () => {
    expect(transform('/repo/entrypoints/library/index.html')).toBe(html);
  });

  it('fails the build when the linked CSS is not in the bundle', () => {
    expect(() => transform('/repo/entrypoints/popup/index.html', {})).toThrow(/did not emit/);
  });
});
