import { parseSync } from 'oxc-parser';

/**
 * The source code as a tree, for the convention checks: what a line regex cannot see (a call
 * spread over lines, `querySelector<T>(…)`, an alias, a destructured property) the parser does.
 */
export interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

export interface ParsedSource {
  file: string;
  text: string;
  program: AstNode;
}

export function parseSource(file: string, text: string): ParsedSource {
  const result = parseSync(file, text, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts', sourceType: 'module' });
  if (result.errors.length) throw new Error(`${file}: ${result.errors.map((error) => error.message).join('; ')}`);
  return { file, text, program: result.program as unknown as AstNode };
}

export function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';
}

/** Every node of the tree, parents before their children. */
export function* nodes(root: AstNode): Generator<AstNode> {
  yield root;
  for (const [key, value] of Object.entries(root)) {
    if (key === 'parent') continue;
    for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) yield* nodes(child);
  }
}

/** The expression without TypeScript's `as`, `!`, `satisfies`, parentheses and optional-chain wrappers. */
export function unwrap(node: AstNode): AstNode {
  const inner = node.expression;
  const wrapper = ['TSAsExpression', 'TSNonNullExpression', 'TSSatisfiesExpression', 'ParenthesizedExpression', 'ChainExpression'];
  return wrapper.includes(node.type) && isNode(inner) ? unwrap(inner) : node;
}

/** `a.b` and `a['b']` name `b`; anything computed from a variable names nothing. */
export function propertyName(member: AstNode): string | undefined {
  const property = member.property as AstNode;
  if (!member.computed && property.type === 'Identifier') return property.name as string;
  return stringValue(property);
}

/** A string literal, or a template literal without expressions. */
export function stringValue(node: AstNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  const quasis = node.quasis as AstNode[] | undefined;
  if (node.type === 'TemplateLiteral' && quasis?.length === 1) return (quasis[0]!.value as { cooked: string }).cooked;
  return undefined;
}

/** What a call calls: `f(…)` → `f`, `a.b.f(…)` → `f`. */
export function calleeName(call: AstNode): string | undefined {
  const callee = unwrap(call.callee as AstNode);
  if (callee.type === 'Identifier') return callee.name as string;
  return callee.type === 'MemberExpression' ? propertyName(callee) : undefined;
}

export function args(call: AstNode): AstNode[] {
  return (call.arguments as AstNode[]).map(unwrap);
}

/** `file:line  first line of the code`, so a failure points at the place to fix. */
export function describeAt(source: ParsedSource, node: AstNode): string {
  const line = source.text.slice(0, node.start).split('\n').length;
  return `${source.file}:${line}  ${source.text.slice(node.start, node.end).split('\n')[0]!.trim()}`;
}
