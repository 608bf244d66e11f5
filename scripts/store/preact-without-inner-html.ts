import type { Plugin } from 'vite';

/** Preact's bundle, however the resolver spells its path. */
const PREACT_BUNDLE = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs(\?.*)?$/;
/** The one write of a string as HTML in Preact: how it applies `dangerouslySetInnerHTML` (minified names). */
const INNER_HTML_WRITE = /[\w$]+\.innerHTML=[\w$]+\.__html/g;
const REFUSAL = '(()=>{throw new Error("PAT Pilot renders no raw HTML: dangerouslySetInnerHTML is not supported")})()';

/**
 * Removes Preact's `dangerouslySetInnerHTML` path from the bundles. PAT Pilot never renders raw
 * HTML (its components pass text and elements only), so the path is dead code; but the store's
 * linter (`web-ext lint`) rightly flags every dynamic `innerHTML` write it finds. Rather than
 * explain a warning to each reviewer, the write becomes a thrown error, and the shipped code
 * has no way left to turn a string into markup.
 *
 * Exactly one write is expected: a Preact release that changes it fails the build here instead of
 * quietly bringing the warning (or a second write) back.
 */
export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'pat-pilot:preact-without-inner-html',
    apply: 'build',
    transform(code, id) {
      if (!PREACT_BUNDLE.test(id)) return undefined;
      const writes = code.match(INNER_HTML_WRITE) ?? [];
      if (writes.length !== 1) {
        this.error(`expected one innerHTML write in ${id}, found ${writes.length}: review scripts/store/preact-without-inner-html.ts for this Preact version`);
      }
      return { code: code.replace(INNER_HTML_WRITE, REFUSAL), map: null };
    },
  };
}
