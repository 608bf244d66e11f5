import type { ParsedMessage } from '@wxt-dev/i18n/build';

/** What must be the same in every locale: the message's kind, its plural forms and its placeholders. */
function shape(message: ParsedMessage): string {
  const text = message.type === 'plural' ? Object.values(message.plurals).join(' | ') : message.message;
  const named = [...text.matchAll(/\{(\w+)\}/g)].map((match) => `{${match[1]}}`);
  const counted = [...text.matchAll(/\$(\$|[1-9])/g)].filter((match) => match[1] !== '$').map((match) => `$${match[1]}`);
  const forms = message.type === 'plural' ? ` forms ${Object.keys(message.plurals).sort().join('/')}` : '';
  return `${message.type}${forms} ${[...new Set([...named, ...counted])].sort().join(' ')}`.trim();
}

function byKey(messages: readonly ParsedMessage[]): Map<string, ParsedMessage> {
  return new Map(messages.filter((m) => !m.key[0]?.startsWith('@@')).map((m) => [m.key.join('.'), m]));
}

/** Every way `candidate` differs from the reference locale, one line each; empty when it matches. */
export function localeProblems(reference: readonly ParsedMessage[], candidate: readonly ParsedMessage[]): string[] {
  const want = byKey(reference);
  const have = byKey(candidate);
  const missing = [...want.keys()].filter((key) => !have.has(key)).map((key) => `missing ${key}`);
  const extra = [...have.keys()].filter((key) => !want.has(key)).map((key) => `extra ${key}`);
  const differing = [...want].flatMap(([key, message]) => {
    const other = have.get(key);
    if (!other || shape(other) === shape(message)) return [];
    return [`${key}: "${shape(other)}" instead of "${shape(message)}"`];
  });
  const empty = [...have].filter(([, m]) => isBlank(m)).map(([key]) => `empty ${key}`);
  return [...missing, ...extra, ...differing, ...empty];
}

function isBlank(message: ParsedMessage): boolean {
  const texts = message.type === 'plural' ? Object.values(message.plurals) : [message.message];
  return texts.some((text) => text.trim() === '');
}
