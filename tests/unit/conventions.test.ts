import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The codebase's own rules, checked so that a change that breaks one says which rule and how to
 * fix it. Each rule is why-first: the message names the reason and the fix.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE_DIRS = ['lib', 'components', 'entrypoints'];

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mjs)$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

const sources = SOURCE_DIRS.flatMap(filesUnder);
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** Files breaking a rule, as `file:line  text`, so the failure points at the place to fix. */
function offending(files: readonly string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    read(file)
      .split('\n')
      .flatMap((line, index) => (pattern.test(line) ? [`${file}:${index + 1}  ${line.trim()}`] : [])),
  );
}

/** Every `addEventListener(...)` call with what it is called on and its arguments, however many lines they span. */
function listenerCalls(file: string): string[] {
  const text = read(file);
  const calls: string[] = [];
  for (const match of text.matchAll(/\baddEventListener\(/g)) {
    let depth = 0;
    let end = match.index;
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')' && --depth === 0) break;
    }
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    calls.push(text.slice(lineStart, end + 1));
  }
  return calls;
}

const PATTERNS = {
  storage: /\b(browser|chrome)\.storage\b|import \{[^}]*\bstorage\b[^}]*\} from '(#imports|@wxt-dev\/storage|wxt\/utils\/storage)'/,
  polling: /\bsetInterval\(/,
  zod: /from 'zod(\/[a-z0-9/]+)?'/,
  githubSelector: /(querySelector(All)?|closest|matches)\((['`"])[^'`"]*[#.][A-Za-z_-]/,
  tokenText: /(NEW_TOKEN|findNewToken)\b.*\.(textContent|innerText|innerHTML|outerHTML|value|nodeValue|data)\b/,
  copiedText: /clipboardData|navigator\.clipboard|getSelection\(\)\??\.toString|String\(\s*(document\.|window\.)?getSelection/,
};

/** Lines each rule must catch: a rule that matches nothing would pass forever. */
const CAUGHT: Record<keyof typeof PATTERNS, string[]> = {
  storage: ['await browser.storage.local.get("guide")', "import { storage } from '#imports';"],
  polling: ['const timer = setInterval(check, 100);'],
  zod: ["import { z } from 'zod';"],
  githubSelector: ["doc.querySelector('#sudo')", "el.closest('.js-user-menu')"],
  tokenText: ['const token = find.findNewToken(doc)?.textContent;', 'doc.querySelector(S.NEW_TOKEN).innerText'],
  copiedText: ['event.clipboardData.getData("text")', 'String(getSelection())', 'document.getSelection()?.toString()'],
};

describe('conventions', () => {
  it.each(Object.keys(PATTERNS) as Array<keyof typeof PATTERNS>)('the %s check catches what it is for', (name) => {
    for (const line of CAUGHT[name]) expect(PATTERNS[name].test(line), line).toBe(true);
  });

  it('finds the listeners it checks', () => {
    expect(sources.flatMap(listenerCalls).length).toBeGreaterThan(10);
  });

  it('names files in kebab-case, Preact components in PascalCase', () => {
    const kebab = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*\.(ts|tsx|mjs)$/;
    const pascal = /^[A-Z][A-Za-z]*\.tsx$/;
    const wrong = [...sources, ...filesUnder('tests'), ...filesUnder('scripts')].filter((file) => {
      const name = path.basename(file);
      if (file.startsWith('components/') && name.endsWith('.tsx')) return !pascal.test(name);
      return !kebab.test(name) && !pascal.test(name);
    });
    expect(wrong, 'rename: kebab-case.ts for modules, PascalCase.tsx for components').toEqual([]);
  });

  it('touches browser.storage only in lib/storage.ts', () => {
    const elsewhere = offending(
      sources.filter((file) => file !== 'lib/storage.ts'),
      PATTERNS.storage,
    );
    expect(elsewhere, 'declare the item in lib/storage.ts (fallback + version) and read it through a function there').toEqual([]);
  });

  it('waits for the page with observers and events, never by polling on a timer', () => {
    expect(offending(sources, PATTERNS.polling), 'use a MutationObserver or an event with {signal}').toEqual([]);
  });

  it('imports zod as a namespace from zod/mini', () => {
    const wrong = offending(sources, PATTERNS.zod).filter((line) => !line.includes("import * as z from 'zod/mini'"));
    expect(wrong, "write `import * as z from 'zod/mini'`: a named `z` from 'zod' pulls in every locale").toEqual([]);
  });

  it('gives every listener a signal, so leaving a step or closing the guide removes it', () => {
    const unsignalled = sources.flatMap((file) =>
      listenerCalls(file)
        // The content-script context removes its own listeners when the extension goes away.
        .filter((call) => !/\bsignal\b/.test(call) && !/\bctx\.addEventListener\(/.test(call))
        .map((call) => `${file}  ${call.trim().split('\n')[0]}`),
    );
    expect(unsignalled, 'pass { signal } (the step, guide or content-script context signal)').toEqual([]);
  });

  it("keeps GitHub's ids and classes in lib/github/selectors.ts", () => {
    const elsewhere = offending(
      sources.filter((file) => file !== 'lib/github/selectors.ts'),
      PATTERNS.githubSelector,
    );
    expect(elsewhere, 'add the selector to lib/github/selectors.ts with what it targets and when it was seen').toEqual([]);
  });

  it('never reads the token GitHub shows, nor what the user copies', () => {
    const tokenText = offending(sources, PATTERNS.tokenText);
    const copiedText = offending(sources, PATTERNS.copiedText);
    expect([...tokenText, ...copiedText], 'know a copy from where it happened, never from what was copied').toEqual([]);
  });
});
