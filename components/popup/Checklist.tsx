import { i18n } from '#i18n';
import type { GuideState } from '@/lib/guide/schema';
import { destinationOn } from '@/lib/github/urls';
import { richText } from '../rich-text';
import { checklistItems, PREREQUISITE, type ChecklistItem, type ItemStatus } from './checklist-items';

export function Checklist({ guide, origin }: { guide: GuideState; origin: string }) {
  return (
    <section class="checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{i18n.t('popup.steps')}</h2>
      <ul>
        <li class="prerequisite">
          <span class="mark" aria-hidden="true">✉</span>
          <span>
            {richText('popup.beforeYouStart', {
              link: (
                <a href={destinationOn(origin, PREREQUISITE.page)} target="_blank" rel="noreferrer">
                  {PREREQUISITE.title}
                </a>
              ),
            })}
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
  const status = statusText(item.status);
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

function statusText(status: ItemStatus): string {
  if (status === 'todo') return '';
  return status === 'done' ? i18n.t('popup.done') : i18n.t('popup.current');
}
