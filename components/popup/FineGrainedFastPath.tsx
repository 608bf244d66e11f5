import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Risk } from '@/lib/github/scopes';
import { PresetRadio } from './PresetRadio';
import { riskText } from './risk-text';

/** One permission of a preset as the popup lists it: the catalogue's label, the access asked for, its risk. */
export interface PermissionLine {
  key: string;
  label: string;
  /** The access in GitHub's words ("Read and write"). */
  access: string;
  risk: Risk;
  /** A permission the guide asks the user to think twice about (administration, secrets, workflows…). */
  flagged: boolean;
  explanation: string;
}

export interface FineGrainedPresetOption<Id extends string = string> {
  id: Id;
  label: string;
  purpose: string;
  permissions: PermissionLine[];
}

interface FineGrainedFastPathProps<Id extends string> {
  options: readonly FineGrainedPresetOption<Id>[];
  /** The settings' preset, preselected. */
  initial: Id;
  /** The token name and how long it lasts, as the form will show them. */
  name: string;
  expiration: string;
  /** Said when the token would never expire. */
  warning: string | undefined;
  onOpen: (presetId: Id) => void;
}

/** Skips the menus: GitHub's fine-grained form opens filled in from the template URL, and the guide checks it. */
export function FineGrainedFastPath<Id extends string>({ options, initial, name, expiration, warning, onOpen }: FineGrainedFastPathProps<Id>) {
  const [chosen, choose] = useState(initial);
  return (
    <section class="fast-path" aria-labelledby="fast-path-heading">
      <h2 id="fast-path-heading">{i18n.t('popup.fastPathHeading')}</h2>
      <p>{i18n.t('popup.fineGrainedIntro')}</p>
      <fieldset>
        <legend>{i18n.t('popup.fineGrainedPermissions')}</legend>
        {options.map((option) => (
          <PermissionsRadio key={option.id} option={option} checked={option.id === chosen} onChoose={() => choose(option.id)} />
        ))}
      </fieldset>
      <p class="plan">{i18n.t('popup.fineGrainedPlan', { name, expiration })}</p>
      {warning && <p class="warning">{warning}</p>}
      <button type="button" onClick={() => onOpen(chosen)}>
        {i18n.t('popup.fineGrainedOpenForm')}
      </button>
    </section>
  );
}

const RISKS_BEYOND_ACCESS: readonly Risk[] = ['admin', 'destructive'];

function PermissionsRadio({ option, checked, onChoose }: { option: FineGrainedPresetOption; checked: boolean; onChoose: () => void }) {
  const listLabel = i18n.t('popup.fineGrainedPermissionsOf', { preset: option.label });
  return (
    <PresetRadio group="fg-preset" preset={option} listKind="permissions" listLabel={listLabel} checked={checked} onChoose={onChoose}>
      {option.permissions.map((permission) => (
        <li key={permission.key} title={permission.explanation} class={permission.flagged ? 'flagged' : undefined}>
          {permission.label}: {permission.access}
          {/* Read and write are said by the access already; the badge is for what reaches further. */}
          {RISKS_BEYOND_ACCESS.includes(permission.risk) && <span class={`risk risk-${permission.risk}`}> {riskText(permission.risk)}</span>}
          {permission.flagged && <span class="flag"> {i18n.t('popup.fineGrainedFlagged')}</span>}
        </li>
      ))}
    </PresetRadio>
  );
}
