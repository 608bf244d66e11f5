import { i18n } from '#i18n';
import { hostLabel } from '@/lib/github/hosts';

interface HostChoiceProps {
  /** github.com first, then the added hosts. */
  origins: readonly string[];
  value: string;
  onChange: (origin: string) => void;
}

/** Which GitHub the guide and the prefilled form go to; shown only once the user added a host. */
export function HostChoice({ origins, value, onChange }: HostChoiceProps) {
  if (origins.length < 2) return null;
  return (
    <div class="host-choice">
      <label for="host-choice">{i18n.t('popup.hostLegend')}</label>
      <select id="host-choice" value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {origins.map((origin) => (
          <option key={origin} value={origin}>
            {hostLabel(origin)}
          </option>
        ))}
      </select>
    </div>
  );
}
