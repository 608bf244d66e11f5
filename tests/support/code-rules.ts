import { args, calleeName, isNode, nodes, propertyName, stringValue, unwrap, type AstNode, type ParsedSource } from './code-ast';

/** A convention check: the nodes of one source file that break it. */
export type Rule = (source: ParsedSource) => AstNode[];

const all = (source: ParsedSource) => [...nodes(source.program)];
const isCall = (node: AstNode) => node.type === 'CallExpression';
const isMember = (node: AstNode) => node.type === 'MemberExpression';
const identifierName = (node: unknown) => (isNode(node) && unwrap(node).type === 'Identifier' ? (unwrap(node).name as string) : undefined);

/** `browser.storage`, `chrome.storage`, or WXT's `storage` imported. */
export const storageAccess: Rule = (source) =>
  all(source).filter(
    (node) =>
      (isMember(node) && propertyName(node) === 'storage' && ['browser', 'chrome'].includes(identifierName(node.object) ?? '')) ||
      (node.type === 'ImportDeclaration' &&
        ['#imports', '@wxt-dev/storage', 'wxt/utils/storage'].includes(stringValue(node.source as AstNode) ?? '') &&
        (node.specifiers as AstNode[]).some((specifier) => identifierName(specifier.imported) === 'storage')),
  );

export const timerPolling: Rule = (source) => all(source).filter((node) => isCall(node) && calleeName(node) === 'setInterval');

/** Any import from zod other than `import * as z from 'zod/mini'`. */
export const zodImport: Rule = (source) =>
  all(source).filter((node) => {
    if (node.type !== 'ImportDeclaration' || !/^zod(\/|$)/.test(stringValue(node.source as AstNode) ?? '')) return false;
    const [only, ...more] = node.specifiers as AstNode[];
    const namespace = only?.type === 'ImportNamespaceSpecifier' && identifierName(only.local) === 'z';
    return stringValue(node.source as AstNode) !== 'zod/mini' || !namespace || more.length > 0;
  });

const SELECTOR_CALLS = ['querySelector', 'querySelectorAll', 'closest', 'matches'];
/** Attributes of plain HTML and ARIA state, and our own markers: not GitHub's markup. */
const GENERIC_ATTRIBUTE = /^(hidden|open|popover|disabled|checked|aria-(?!label)[a-z-]+|data-pat-pilot-[a-z-]+)$/;

/** Whether a selector names GitHub's markup: an id, a class, or an attribute GitHub chose. */
export function namesGitHubMarkup(selector: string): boolean {
  if (/#[A-Za-z_-]|\.[A-Za-z_-]/.test(selector.replace(/\[[^\]]*\]/g, ''))) return true;
  return [...selector.matchAll(/\[\s*([\w-]+)\s*([~|^$*]?=)?[^\]]*\]/g)].some(
    ([, name, operator]) => !GENERIC_ATTRIBUTE.test(name!) && !(name === 'href' && !operator),
  );
}

/** `querySelector`, `closest`, `matches` (with or without `<T>`) given a literal selector naming GitHub's markup. */
export const githubSelector: Rule = (source) =>
  all(source).filter((node) => {
    if (!isCall(node) || !SELECTOR_CALLS.includes(calleeName(node) ?? '')) return false;
    const selector = stringValue(args(node)[0]);
    return selector !== undefined && namesGitHubMarkup(selector);
  });

/** Reading an element's text or value in any form. */
const TEXT_PROPERTIES = new Set(['textContent', 'innerText', 'innerHTML', 'outerHTML', 'outerText', 'value', 'nodeValue', 'data', 'wholeText', 'defaultValue']);
const TEXT_READERS = new Set(['String', 'stringify', 'serializeToString', 'selectNode', 'selectNodeContents', 'accessibleName', 'createTextRange']);

/**
 * The token GitHub shows is never read: not its text or value, not by destructuring, an alias, a
 * child node, getAttribute('value') or a function that turns it into text. The token element is
 * whatever comes from `findNewToken(…)` or the `NEW_TOKEN` selector, and every name bound to it,
 * also a parameter of a function in the same file that is given one of those.
 */
export const tokenRead: Rule = (source) => {
  const tainted = new Set<string>();
  const isToken = (value: unknown): boolean => {
    if (!isNode(value)) return false;
    const node = unwrap(value);
    if (node.type === 'Identifier') return tainted.has(node.name as string);
    if (isMember(node)) return propertyName(node) === 'NEW_TOKEN' || (isToken(node.object) && !TEXT_PROPERTIES.has(propertyName(node) ?? ''));
    if (isCall(node)) return calleeName(node) === 'findNewToken' || (SELECTOR_CALLS.includes(calleeName(node) ?? '') && args(node).some(isToken));
    if (node.type === 'LogicalExpression' || node.type === 'ConditionalExpression') return [node.left, node.right, node.consequent, node.alternate].some(isToken);
    return false;
  };
  const functions = new Map(all(source).flatMap((node) => (node.type === 'FunctionDeclaration' ? [[identifierName(node.id), node] as const] : [])));
  const bindParameters = (call: AstNode) => {
    // Only `f(…)`: `el.matches(…)` is the DOM's method, not a function of this file with the same name.
    const params = (functions.get(identifierName(call.callee))?.params as AstNode[] | undefined) ?? [];
    args(call).forEach((arg, index) => isToken(arg) && identifierName(params[index]) && tainted.add(identifierName(params[index])!));
  };
  // Names are bound in any order (a function may be declared below its call), so until nothing new is bound.
  for (let size = -1; size !== tainted.size; ) {
    size = tainted.size;
    for (const node of all(source)) {
      if (node.type === 'VariableDeclarator' && isToken(node.init) && identifierName(node.id)) tainted.add(identifierName(node.id)!);
      if (isCall(node)) bindParameters(node);
    }
  }
  const found: AstNode[] = [];
  for (const node of all(source)) {
    if (node.type === 'VariableDeclarator' && isToken(node.init)) {
      // Destructuring the token element reads one of its properties.
      if ((node.id as AstNode).type !== 'Identifier') found.push(node);
    }
    if (isMember(node) && isToken(node.object) && TEXT_PROPERTIES.has(propertyName(node) ?? '')) found.push(node);
    if (isMember(node) && isToken(node.object) && node.computed && propertyName(node) === undefined) found.push(node);
    if (isCall(node) && calleeName(node) === 'getAttribute' && isToken((unwrap(node.callee as AstNode) as AstNode).object)) found.push(node);
    if (isCall(node) && TEXT_READERS.has(calleeName(node) ?? '') && args(node).some(isToken)) found.push(node);
    if (node.type === 'TemplateLiteral' && (node.expressions as AstNode[]).some(isToken)) found.push(node);
  }
  return found;
};

/** What the user copies is never read: no clipboard data, no clipboard API, no selection as text. */
export const copiedText: Rule = (source) =>
  all(source).filter((node) => {
    if (isMember(node) && ['clipboardData', 'clipboard'].includes(propertyName(node) ?? '')) return true;
    const selection = (value: unknown) => isNode(value) && isCall(unwrap(value)) && calleeName(unwrap(value)) === 'getSelection';
    if (isMember(node) && propertyName(node) === 'toString' && selection(node.object)) return true;
    if (isCall(node) && TEXT_READERS.has(calleeName(node) ?? '') && args(node).some(selection)) return true;
    return node.type === 'TemplateLiteral' && (node.expressions as AstNode[]).some(selection);
  });

/**
 * `addEventListener` with `{ signal }` in its options. Exceptions: WXT's `ctx.addEventListener`
 * (the content-script context removes its own), and a signal's own 'abort' (it fires once).
 */
export const unsignalledListener: Rule = (source) =>
  all(source).filter((node) => {
    if (!isCall(node) || calleeName(node) !== 'addEventListener') return false;
    const callee = unwrap(node.callee as AstNode);
    if (isMember(callee) && identifierName(callee.object) === 'ctx') return false;
    const [type, , options] = args(node);
    if (stringValue(type) === 'abort') return false;
    return !(options?.type === 'ObjectExpression' && (options.properties as AstNode[]).some((p) => identifierName(p.key) === 'signal'));
  });

/** `element.onclick = …`: a handler no signal can remove, and one that replaces the page's own. */
export const propertyHandler: Rule = (source) =>
  all(source).filter((node) => {
    if (node.type !== 'AssignmentExpression') return false;
    const target = unwrap(node.left as AstNode);
    return isMember(target) && /^on[a-z]+$/.test(propertyName(target) ?? '');
  });

/** Every `new …Observer` is disconnected by a signal's 'abort' listener in the same file. */
export const unownedObserver: Rule = (source) => {
  const disconnectedOnAbort = new Set<string>();
  for (const node of all(source)) {
    const [type, listener] = isCall(node) && calleeName(node) === 'addEventListener' ? args(node) : [];
    if (stringValue(type) !== 'abort' || !listener) continue;
    for (const inner of nodes(listener)) {
      if (isCall(inner) && calleeName(inner) === 'disconnect') disconnectedOnAbort.add(identifierName((unwrap(inner.callee as AstNode) as AstNode).object) ?? '');
    }
  }
  return all(source).filter((node) => {
    if (node.type !== 'VariableDeclarator' || !isNode(node.init) || unwrap(node.init).type !== 'NewExpression') return false;
    const constructor = identifierName(unwrap(node.init).callee) ?? '';
    return /Observer$/.test(constructor) && !disconnectedOnAbort.has(identifierName(node.id) ?? '');
  });
};

/** An empty `catch {}`, or a rejection handler that throws the error away unseen (`.catch(() => …)`). */
export const swallowedError: Rule = (source) =>
  all(source).filter((node) => {
    if (node.type === 'CatchClause') return ((node.body as AstNode).body as AstNode[]).length === 0;
    if (!isCall(node)) return false;
    const handler = calleeName(node) === 'catch' ? args(node)[0] : calleeName(node) === 'then' ? args(node)[1] : undefined;
    return !!handler && /FunctionExpression$/.test(handler.type) && (handler.params as AstNode[]).length === 0;
  });

/** Imports of what draws: Preact (its JSX runtime included) or our components. */
export const drawingImport: Rule = (source) =>
  all(source).filter(
    (node) =>
      ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].includes(node.type) &&
      /^(preact(\/|$)|@\/components\/|(\.\.\/)+components\/)/.test(stringValue(node.source as AstNode) ?? ''),
  );
