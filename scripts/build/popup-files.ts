// Build settings that keep the number of files popup.html loads small. Each extension file the
// popup loads costs the browser a file load on its thread pool and mojo round trips, all on two
// cores shared with the tab being read (issue 5: the popup loaded 8 files before its card; a build
// with 4 showed the card ~10 ms sooner, measured in alternation).
import type { InlineConfig, Plugin } from 'vite';

interface EntrypointLike {
  name: string;
  inputPath: string;
}

/**
 * WXT's 'vite:build:extendConfig' hook: the modules popup.html loads statically that another page
 * of the build loads too go into one chunk, instead of the chunks Rolldown would share between the
 * popup, library and options pages. What only the popup loads (its own script, its components, its
 * popup.css with the popup's 400 px body) stays in the popup's own chunk, so the other pages
 * neither run nor style themselves with it; the popup still loads two module files.
 */
export function bundlePopupModules(entrypoints: readonly EntrypointLike[], config: InlineConfig): void {
  const popup = entrypoints.find((entrypoint) => entrypoint.name === 'popup');
  const output = config.build?.rollupOptions?.output;
  if (!popup || !output || Array.isArray(output)) return;
  const otherPages = entrypoints.filter((entrypoint) => entrypoint !== popup && entrypoint.inputPath.endsWith('.html')).map((entrypoint) => entrypoint.inputPath);
  let shared: Set<string> | undefined;
  output.codeSplitting = {
    groups: [
      {
        debugName: 'popup-modules',
        name(id, context) {
          const importsOf = (moduleId: string) => context.getModuleInfo(moduleId)?.importedIds ?? [];
          shared ??= sharedWithOtherPages(popup.inputPath, otherPages, importsOf);
          return shared.has(id) ? 'popup-modules' : null;
        },
      },
    ],
  };
}

/** The modules `page` loads statically that one of `otherPages` loads too. */
export function sharedWithOtherPages(page: string, otherPages: readonly string[], importsOf: (id: string) => readonly string[]): Set<string> {
  const loaded = staticImports(page, importsOf);
  const elsewhere = new Set(otherPages.flatMap((other) => [...staticImports(other, importsOf)]));
  return new Set([...loaded].filter((id) => elsewhere.has(id)));
}

/** `root` and every module it imports statically, directly or not. */
export function staticImports(root: string, importsOf: (id: string) => readonly string[]): Set<string> {
  const seen = new Set([root]);
  for (const id of seen) for (const next of importsOf(id)) seen.add(next);
  return seen;
}

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*? href="\/([^"]+\.css)"[^>]*>/g;

/**
 * popup.html carries its CSS in a <style> element instead of linking it (a file fewer to load per
 * click). The CSS files stay in the build: the library and options pages link them. Scripts stay
 * files: an extension page's CSP allows no inline script.
 */
export function inlinePopupCss(): Plugin {
  return {
    name: 'article-digest:inline-popup-css',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle || !/[\\/]popup[\\/]index\.html$/.test(context.filename)) return html;
        const bundle = context.bundle;
        return html.replace(STYLESHEET_LINK, (link, fileName: string) => {
          const asset = bundle[fileName];
          if (asset?.type !== 'asset') throw new Error(`popup.html links ${fileName}, which the build did not emit`);
          return `<style>${String(asset.source)}</style>`;
        });
      },
    },
  };
}
