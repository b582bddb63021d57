// Scripts the library bench runs inside extension pages, as strings: Playwright would serialize
// functions with the helpers tsx adds to them, which do not exist in the page. Each measures in
// the page's own clock (performance.now), so CDP round trips never enter a figure.

/**
 * Init script: when the first entry of the list enters the DOM, and when the frame showing it is
 * done (listShown); and when the page says the whole library is loaded (allListed), which is
 * when search and filters cover every digest.
 */
export const LIST_OBSERVER = `(() => {
  const bench = (window.__bench = {});
  const observer = new MutationObserver(() => {
    if (bench.listInDom === undefined && document.querySelector('.entries .entry')) {
      bench.listInDom = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { bench.listShown = performance.now(); };
        channel.port2.postMessage(0);
      });
    }
    if (bench.allListed === undefined && document.querySelector('.library[data-loaded=all]')) bench.allListed = performance.now();
    if (bench.listInDom !== undefined && bench.allListed !== undefined) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-loaded'] });
})()`;

/**
 * Types `text` into the search box one character at a time, then deletes it one at a time; per
 * keystroke, the time from the input event to the results rendered: the render (Preact renders in
 * a microtask), then a task later, a forced style and layout of the page. Paint is left out.
 */
export function typeAndTime(text: string): string {
  return `(async () => {
    const text = ${JSON.stringify(text)};
    const input = document.getElementById('filter-text');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const nextTask = () => new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = resolve; c.port2.postMessage(0); });
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const values = [];
    for (let i = 1; i <= text.length; i++) values.push(text.slice(0, i));
    for (let i = text.length - 1; i >= 0; i--) values.push(text.slice(0, i));
    const times = [];
    for (const value of values) {
      await nextFrame();
      const start = performance.now();
      setValue.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await nextTask();
      void document.body.offsetHeight;
      times.push(performance.now() - start);
    }
    return times;
  })()`;
}

/** The library's count as an English browser shows it ("10,000 saved digests"), as a JS literal. */
function countText(count: number): string {
  return JSON.stringify(`${count.toLocaleString('en-US')} saved digests`);
}

/** True in the page once its list is complete and counts `count` digests. */
export function allListed(count: number): string {
  return `document.querySelector('.library[data-loaded=all] .library-count')?.textContent === ${countText(count)}`;
}

/**
 * Clicks the button named `name` and returns how long until the download is handed to the
 * browser (URL.createObjectURL of the file): the export reads the library first, asynchronously.
 */
export function clickAndTime(name: string): string {
  return `(async () => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)});
    if (!button) throw new Error('no button ' + ${JSON.stringify(name)});
    const createObjectURL = URL.createObjectURL;
    const handedOver = new Promise((resolve) => {
      URL.createObjectURL = (blob) => {
        URL.createObjectURL = createObjectURL;
        resolve(performance.now());
        return createObjectURL.call(URL, blob);
      };
    });
    const start = performance.now();
    button.click();
    return (await handedOver) - start;
  })()`;
}

/** In the popup page: clicks Save and waits for the notice that it is in the library. */
export const SAVE_AND_TIME = `(async () => {
  const button = [...document.querySelectorAll('button')].find((b) => /^Save/.test(b.textContent.trim()));
  const notice = document.getElementById('action-notice');
  if (!button || !notice) throw new Error('the popup shows no Save button or notice');
  const start = performance.now();
  const done = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!/library/.test(notice.textContent)) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(notice, { childList: true, subtree: true, characterData: true });
  });
  button.click();
  return (await done) - start;
})()`;

/** Before an import: notes when the file input changes and when the list shows `count` digests. */
export function watchImport(count: number): string {
  return `(() => {
    const watch = (window.__import = {});
    const expected = ${countText(count)};
    document.querySelector('input[type=file]').addEventListener('change', () => { watch.start = performance.now(); }, { capture: true });
    const observer = new MutationObserver(() => {
      if (watch.start === undefined || document.querySelector('.library-count')?.textContent !== expected || !document.querySelector('.entries .entry')) return;
      observer.disconnect();
      watch.end = performance.now();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  })()`;
}

/** Empties every store of the library's database (records and list entries), so an import starts from an empty library. */
export function clearLibrary(db: string): string {
  return `new Promise((resolve, reject) => {
    const request = indexedDB.open(${JSON.stringify(db)});
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const stores = [...request.result.objectStoreNames];
      const tx = request.result.transaction(stores, 'readwrite');
      for (const store of stores) tx.objectStore(store).clear();
      tx.oncomplete = () => { request.result.close(); resolve(true); };
      tx.onerror = () => reject(tx.error);
    };
  })`;
}
