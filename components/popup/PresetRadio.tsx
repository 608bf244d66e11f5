import type { ComponentChildren } from 'preact';

interface PresetRadioProps {
  /** The radio group's name, also the start of each preset's element ids. */
  group: string;
  preset: { id: string; label: string; purpose: string };
  /** What the list holds (scopes, permissions): the end of its id. */
  listKind: string;
  listLabel: string;
  checked: boolean;
  onChoose: () => void;
  /** The list's items. */
  children: ComponentChildren;
}

/** One preset of a fast path: a radio named by the preset, described by its purpose and what it asks for. */
export function PresetRadio({ group, preset, listKind, listLabel, checked, onChoose, children }: PresetRadioProps) {
  const id = `${group}-${preset.id}`;
  return (
    <div class="preset">
      <input type="radio" name={group} id={id} value={preset.id} checked={checked} onChange={onChoose} aria-describedby={`${id}-purpose ${id}-${listKind}`} />
      <label for={id}>{preset.label}</label>
      <p id={`${id}-purpose`} class="purpose">
        {preset.purpose}
      </p>
      <ul id={`${id}-${listKind}`} class="scopes" aria-label={listLabel}>
        {children}
      </ul>
    </div>
  );
}
