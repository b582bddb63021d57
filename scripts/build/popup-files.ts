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
 * WXT's 'vite:build:extendConfig' hook: the modules popup.html loads statically go into one
 * chunk, instead of the chunks Rolldown would share between the popup, library and options pages.
 * The page's own scripts (its direct imports that are files, not Vite's virtual modules) stay out
 * of it: the other pages import that chunk too, and the popup's main script renders the popup
 * when it runs.
 */
export function bundlePopupModules(entrypoints: readonly EntrypointLike[], config: InlineConfig): void {
  const popup = entrypoints.find((entrypoint) => entrypoint.name === 'popup');
  const output = config.build?.rollupOptions?.output;
  if (!popup || !output || Array.isArray(output)) return;
  const page = popup.inputPath;
  let loaded: Set<string> | undefined;
  let ownScripts: Set<string> | undefined;
  output.codeSplitting = {
    groups: [
      {
        debugName: 'popup-modules',
        name(id, context) {
          const importsOf = (moduleId: string) => context.getModuleInfo(moduleId)?.importedIds ?? [];
          loaded ??= staticImports(page, importsOf);
          ownScripts ??= new Set([page, ...importsOf(page).filter((script) => !script.startsWith('\0'))]);
          return loaded.has(id) && !ownScripts.has(id) ? 'popup-modules' : null;
        },
      },
    ],
  };
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
