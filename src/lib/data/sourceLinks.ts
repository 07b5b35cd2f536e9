import { oncePerKey } from './memo';

/** A source as shown to a reader: its name, and a link only when the URL is http(s). */
export interface SourceLink {
  name: string;
  url: string | null;
}

const GITHUB_REF = /^github:([\w.-]+)\/([\w.-]+):(.+)@([0-9a-f]{7,40})$/;

/** 'github:owner/repo:path@commit' becomes https://github.com/owner/repo/blob/commit/path. */
export function resolveSourceUrl(ref: string): string {
  const match = GITHUB_REF.exec(ref.trim());
  if (!match) return ref.trim();
  const [, owner, repo, path, commit] = match;
  return `https://github.com/${owner}/${repo}/blob/${commit}/${path}`;
}

/**
 * The URL if it is an absolute http(s) URL, else null: nothing else is ever made clickable. The same
 * few hundred URLs are checked on every window change: each is parsed once.
 */
export const safeHref = oncePerKey((raw): string | null => {
  try {
    const parsed = new URL(resolveSourceUrl(raw));
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
});

/**
 * Pairs source names with URLs. When there are as many names as URLs they pair one to one;
 * otherwise the names are joined into one label for the first link and later links are labelled
 * by their host. A row's lists are paired once (the panels' source lines ask again on every window
 * change), so the result is shared: read it, do not change it.
 */
export function sourceLinks(names: string[], urls: string[]): readonly SourceLink[] {
  const known = paired.get(names);
  if (known?.urls === urls) return known.links;
  const links = Object.freeze(pairLinks(names, urls).map((link) => Object.freeze(link)));
  paired.set(names, { urls, links });
  return links;
}
const paired = new WeakMap<string[], { urls: string[]; links: readonly SourceLink[] }>();

function pairLinks(names: string[], urls: string[]): SourceLink[] {
  if (urls.length === 0) return names.map((name) => ({ name, url: null }));
  if (names.length === urls.length) return urls.map((u, i) => ({ name: names[i] ?? u, url: safeHref(u) }));
  return urls.map((u, i) => {
    const url = safeHref(u);
    const host = url ? new URL(url).host : u;
    return { name: i === 0 ? names.join('; ') || host : host, url };
  });
}
