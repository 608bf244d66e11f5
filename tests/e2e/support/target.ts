import type { PageQuery } from './in-page/helpers';
import type { Target } from './types';

export function toQuery(target: Target): PageQuery {
  if (typeof target === 'string') return { css: target };
  const { role, name } = target;
  if (name === undefined) return { role };
  return { role, name: typeof name === 'string' ? { text: name } : { source: name.source, flags: name.flags } };
}

export function describeTarget(target: Target): string {
  if (typeof target === 'string') return `"${target}"`;
  return target.name === undefined ? `role=${target.role}` : `role=${target.role} name=${String(target.name)}`;
}
