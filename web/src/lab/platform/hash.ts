// routes-hash.ts — small edits of the page's own link (language, speed) without a navigation:
// history.replaceState, so no hashchange fires and nothing reloads.
export function rewriteHash(changes: Readonly<Record<string, string>>): void {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  for (const [k, v] of Object.entries(changes)) params.set(k, v);
  const text = params
    .toString()
    .replace(/%2C/g, ',')
    .replace(/%3B/g, ';')
    .replace(/=(&|$)/g, '$1');
  history.replaceState(null, '', `${location.pathname}${location.search}#${text}`);
}
