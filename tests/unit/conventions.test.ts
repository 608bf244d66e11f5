import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeAt, parseSource, type ParsedSource } from '../support/code-ast';
import * as rules from '../support/code-rules';

/**
 * The codebase's own rules, checked on the parsed code (oxc-parser), so that a change that breaks
 * one says which rule, where, and how to fix it. Each rule first proves it catches its own bad
 * examples and lets a good one pass: a rule that matches nothing would pass forever.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE_DIRS = ['lib', 'components', 'entrypoints'];

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mjs)$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

const sources = SOURCE_DIRS.flatMap(filesUnder).map((file) => parseSource(file, readFileSync(path.join(ROOT, file), 'utf8')));

interface Convention {
  rule: rules.Rule;
  /** Why, and how to fix a finding. */
  fix: string;
  /** Where the rule does not apply: the one place that owns what it forbids elsewhere. */
  except?: string;
  /** Where alone it applies (a folder), when not everywhere. */
  within?: string;
  bad: string[];
  good: string;
}

const CONVENTIONS: Record<string, Convention> = {
  'storage only in lib/storage.ts': {
    rule: rules.storageAccess,
    except: 'lib/storage.ts',
    fix: 'declare the item in lib/storage.ts (fallback + version) and read it through a function there',
    bad: ['await browser.storage.local.get("guide");', "import { storage } from '#imports';", 'const area = chrome["storage"].sync;'],
    good: "import { readGuideState } from '@/lib/storage';",
  },
  'no polling on a timer': {
    rule: rules.timerPolling,
    fix: 'use a MutationObserver or an event with { signal }',
    bad: ['const timer = setInterval(check, 100);', 'window.setInterval(() => check(), 50);'],
    good: 'requestAnimationFrame(update);',
  },
  'zod as a namespace from zod/mini': {
    rule: rules.zodImport,
    fix: "write `import * as z from 'zod/mini'`: a named `z` from 'zod' pulls in every locale",
    bad: ["import { z } from 'zod';", "import * as z from 'zod';", "import { object } from 'zod/mini';"],
    good: "import * as z from 'zod/mini';",
  },
  "GitHub's selectors only in lib/github/selectors.ts": {
    rule: rules.githubSelector,
    except: 'lib/github/selectors.ts',
    fix: 'add the selector to lib/github/selectors.ts with what it targets and when it was seen',
    bad: [
      "doc.querySelector('#sudo');",
      "el.closest('.js-user-menu');",
      'form.querySelector<HTMLInputElement>(\'[name="oauth_access[custom_expires_at]"]\');',
      'doc.querySelectorAll(`a[href="/settings/tokens"]`);',
      "button.matches('[aria-label=\"Copy token\"]');",
    ],
    good: "element.closest('[hidden], [aria-hidden=\"true\"]'); doc.querySelector(S.NEW_TOKEN); el.querySelector(':scope > summary'); link.closest('a[href]');",
  },
  'the token GitHub shows is never read': {
    rule: rules.tokenRead,
    fix: 'know the token by where it is (an element, a copy event on it), never by its text',
    bad: [
      'const token = find.findNewToken(doc)?.textContent;',
      'doc.querySelector(S.NEW_TOKEN).innerText;',
      'const box = findNewToken(doc); send(box!.textContent);',
      'const el = doc.querySelector<HTMLInputElement>(S.NEW_TOKEN); const { value } = el!;',
      "const el = findNewToken(document); use(el?.['innerHTML']);",
      "findNewToken(doc)?.getAttribute('value');",
      'const text = String(findNewToken(doc));',
      'const node = findNewToken(doc); log(node?.firstChild?.nodeValue);',
      'const found = findNewToken(doc) ?? fallback; const key = "textContent"; read(found[key]);',
      'const t = findNewToken(doc); const s = `${t}`;',
      'check(S.NEW_TOKEN); function check(selector: string) { const element = document.querySelector(selector); return element?.textContent; }',
    ],
    good: "if (find.findNewToken(doc)) return 'token-result'; if (closest(event.target, S.NEW_TOKEN)) dispatch({ type: 'copied' });",
  },
  'what the user copies is never read': {
    rule: rules.copiedText,
    fix: 'know a copy from where it happened, never from what was copied',
    bad: ['event.clipboardData.getData("text");', 'String(getSelection());', 'document.getSelection()?.toString();', 'await navigator.clipboard.readText();'],
    good: 'const selection = document.getSelection(); if (selection?.containsNode(token, true)) copied();',
  },
  'every listener takes a signal': {
    rule: rules.unsignalledListener,
    fix: 'pass { signal } (the step, guide or content-script context signal) so leaving a step removes it',
    bad: [
      "document.addEventListener('click', onClick);",
      "window.addEventListener('resize', schedule, { passive: true });",
      "root.addEventListener(\n  'focusin',\n  (event) => remember(event),\n  options,\n);",
    ],
    good: "document.addEventListener('click', onClick, { signal, capture: true }); ctx.addEventListener(window, 'popstate', go); signal.addEventListener('abort', stop);",
  },
  'no on* property handlers': {
    rule: rules.propertyHandler,
    fix: 'use addEventListener with { signal }: a property handler replaces the page\'s own and no signal removes it',
    bad: ['window.onbeforeunload = () => "leave?";', 'button.onclick = handler;', 'document.body!.onkeydown = null;'],
    good: 'event.returnValue = warning; const onClick = () => {};',
  },
  'every observer is disconnected by a signal': {
    rule: rules.unownedObserver,
    fix: "disconnect it in the signal's 'abort' listener: signal.addEventListener('abort', () => observer.disconnect())",
    bad: ['const observer = new MutationObserver(update); observer.observe(document.body, { childList: true });', 'const resized = new ResizeObserver(update); return () => resized.disconnect();'],
    good: "const observer = new MutationObserver(update); signal.addEventListener('abort', () => { observer.disconnect(); });",
  },
  'lib/ draws nothing': {
    rule: rules.drawingImport,
    within: 'lib/',
    fix: 'produce a view (plain data) in lib/ and let the entry or a component render it',
    bad: ["import { h } from 'preact';", "import { GuideOverlay } from '@/components/GuideOverlay';", "import type { Rect } from '../../components/Spotlight';", "import { useState } from 'preact/hooks';"],
    good: "import type { GuideView } from './view';",
  },
  'no swallowed errors': {
    rule: rules.swallowedError,
    fix: 'recover visibly or log once with logError (lib/log.ts), which prefixes [PAT Pilot]',
    bad: ['try { run(); } catch {}', 'void ask().catch(() => false);', 'load().then(show, () => {});', 'p.catch(function () { return undefined; });'],
    good: "try { return new URL(text); } catch { return undefined; } void ask().catch((error: unknown) => logError('asking', error));",
  },
};

/** Examples are statements, some with `return` or `await`, so they are read as a function body. */
const example = (code: string) => parseSource('example.tsx', /^import /.test(code) ? code : `async function example() {\n${code}\n}`);
const findings = (convention: Convention, source: ParsedSource) => convention.rule(source).map((node) => describeAt(source, node));

describe('conventions', () => {
  describe.each(Object.entries(CONVENTIONS))('%s', (_, convention) => {
    it('catches each of its bad examples and lets the good one pass', () => {
      for (const bad of convention.bad) expect(findings(convention, example(bad)), bad).not.toEqual([]);
      expect(findings(convention, example(convention.good))).toEqual([]);
    });

    it(`holds in ${convention.within ?? 'lib/, components/ and entrypoints/'}`, () => {
      const checked = sources.filter((source) => source.file !== convention.except && source.file.startsWith(convention.within ?? ''));
      expect(checked.flatMap((source) => findings(convention, source)), convention.fix).toEqual([]);
    });
  });

  it('reads every source file', () => {
    expect(sources.length).toBeGreaterThan(80);
  });

  it('names files in kebab-case, Preact components in PascalCase', () => {
    const kebab = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*\.(ts|tsx|mjs)$/;
    const pascal = /^[A-Z][A-Za-z]*\.tsx$/;
    const wrong = [...SOURCE_DIRS.flatMap(filesUnder), ...filesUnder('tests'), ...filesUnder('scripts')].filter((file) => {
      const name = path.basename(file);
      if (file.startsWith('components/') && name.endsWith('.tsx')) return !pascal.test(name);
      return !kebab.test(name) && !pascal.test(name);
    });
    expect(wrong, 'rename: kebab-case.ts for modules, PascalCase.tsx for components').toEqual([]);
  });
});
