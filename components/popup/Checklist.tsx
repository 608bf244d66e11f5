import type { GuideState } from '@/lib/guide/schema';
import { checklistItems, PREREQUISITE, type ChecklistItem } from './checklist-items';

const STATUS_TEXT = { done: 'done', current: 'current step', todo: '' } as const;

export function Checklist({ guide }: { guide: GuideState }) {
  return (
    <section class="checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">Steps</h2>
      <ul>
        <li class="prerequisite">
          <span class="mark" aria-hidden="true">✉</span>
          <span>
            Before you start:{' '}
            <a href={PREREQUISITE.href} target="_blank" rel="noreferrer">
              {PREREQUISITE.title}
            </a>
          </span>
        </li>
        {checklistItems(guide).map((item) => (
          <Item key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}

function Item({ item }: { item: ChecklistItem }) {
  const status = STATUS_TEXT[item.status];
  return (
    <li class={item.status} aria-current={item.status === 'current' ? 'step' : undefined} data-step={item.id}>
      <span class="mark" aria-hidden="true">
        {item.status === 'done' ? '✓' : item.number}
      </span>
      <span>
        {item.title}
        {item.onlyWhen && <span class="hint"> ({item.onlyWhen})</span>}
        {status && <span class="visually-hidden"> ({status})</span>}
      </span>
    </li>
  );
}
