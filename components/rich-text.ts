import type { ComponentChildren } from 'preact';
import { i18n, type GeneratedI18nStructure } from '#i18n';

type Messages = GeneratedI18nStructure;

/** Messages whose only substitutions are named `{slots}`. */
export type RichKey = {
  [K in keyof Messages]: Messages[K] extends { plural: false; substitutions: 0; namedSubstitutions: readonly string[] } ? K : never;
}[keyof Messages];

type SlotName<K extends RichKey> = Messages[K] extends { namedSubstitutions: readonly (infer N extends string)[] } ? N : never;

/**
 * A message whose `{slots}` hold elements (code, links) instead of text, so each translation
 * places them where its grammar wants them.
 */
export function richText<K extends RichKey>(key: K, slots: Record<SlotName<K>, ComponentChildren>): ComponentChildren[] {
  // Read with the slots unfilled: t() substitutes text only, the elements are put in here.
  const message = (i18n.t as (key: string) => string)(key);
  const filled: Record<string, ComponentChildren> = slots;
  return message.split(/\{(\w+)\}/).map((part, index) => (index % 2 === 0 ? part : (filled[part] ?? `{${part}}`)));
}
