import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { grantsInCatalogueOrder } from '@/lib/fine-grained/presets';
import { type Access, PERMISSION_GROUPS, type PermissionGrant, type PermissionKey } from '@/lib/github/permission-keys';
import { accessLabel, PERMISSIONS, permissionInfo } from '@/lib/github/permissions';
import { FieldMessages } from './FieldMessages';
import { GrantLine } from './GrantLine';

interface PermissionPickerProps {
  selected: readonly PermissionGrant[];
  errors?: readonly string[];
  onChange: (next: PermissionGrant[]) => void;
}

/** The custom fine-grained permission set: each chosen permission with its access, and a row to add one. */
export function PermissionPicker({ selected, errors, onChange }: PermissionPickerProps) {
  const chosen = new Set(selected.map((grant) => grant.key));
  const addable = PERMISSIONS.filter((info) => !chosen.has(info.key));
  const [adding, setAdding] = useState<PermissionKey | ''>('');
  const key = adding && !chosen.has(adding) ? adding : '';
  const [access, setAccess] = useState<Access>('read');
  const accesses = key ? permissionInfo(key).accesses : [];
  const addAccess = accesses.includes(access) ? access : accesses[0];
  const setGrant = (grant: PermissionGrant) => onChange(grantsInCatalogueOrder([...selected.filter((g) => g.key !== grant.key), grant]));
  const add = () => {
    if (!key || !addAccess) return;
    setGrant({ key, access: addAccess });
    // The next permission starts from the least access again.
    setAdding('');
    setAccess('read');
  };
  return (
    <fieldset class="section" aria-describedby="fg-permissions-hint fg-permissions-messages">
      <legend>{i18n.t('settings.fineGrainedField.permissionsLegend')}</legend>
      <p class="hint" id="fg-permissions-hint">
        {i18n.t('settings.fineGrainedField.permissionsInUse')}
      </p>
      <ul class="grants">
        {selected.map((grant) => (
          <li key={grant.key}>
            <GrantLine grant={grant} id={`fg-grant-${grant.key}`} />{' '}
            <AccessSelect
              id={`fg-grant-${grant.key}-access`}
              label={i18n.t('settings.fineGrainedField.accessOf', { permission: permissionInfo(grant.key).label })}
              accesses={permissionInfo(grant.key).accesses}
              value={grant.access}
              onChange={(next) => setGrant({ key: grant.key, access: next })}
            />{' '}
            <button type="button" onClick={() => onChange(selected.filter((g) => g.key !== grant.key))}>
              {i18n.t('settings.fineGrainedField.remove', { permission: permissionInfo(grant.key).label })}
            </button>
          </li>
        ))}
      </ul>
      <div class="field inline add-permission">
        <label for="fg-add-key">{i18n.t('settings.fineGrainedField.addLabel')}</label>
        <select id="fg-add-key" value={key} onChange={(event) => setAdding(event.currentTarget.value as PermissionKey | '')}>
          <option value="">{i18n.t('settings.fineGrainedField.choosePermission')}</option>
          {PERMISSION_GROUPS.map((group) => (
            <optgroup key={group} label={i18n.t(`permissions.group.${group}`)}>
              {addable
                .filter((info) => info.group === group)
                .map((info) => (
                  <option key={info.key} value={info.key}>
                    {info.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        {addAccess && (
          <AccessSelect
            id="fg-add-access"
            label={i18n.t('settings.fineGrainedField.accessLabel')}
            accesses={accesses}
            value={addAccess}
            onChange={setAccess}
          />
        )}
        <button type="button" disabled={!addAccess} onClick={add}>
          {i18n.t('settings.fineGrainedField.add')}
        </button>
      </div>
      <FieldMessages
        id="fg-permissions-messages"
        errors={errors}
        warnings={selected.length === 0 ? [i18n.t('settings.fineGrainedField.permissionsEmpty')] : []}
      />
    </fieldset>
  );
}

interface AccessSelectProps {
  id: string;
  label: string;
  accesses: readonly Access[];
  value: Access;
  onChange: (access: Access) => void;
}

function AccessSelect({ id, label, accesses, value, onChange }: AccessSelectProps) {
  return (
    <select id={id} aria-label={label} value={value} onChange={(event) => onChange(event.currentTarget.value as Access)}>
      {accesses.map((access) => (
        <option key={access} value={access}>
          {accessLabel(access)}
        </option>
      ))}
    </select>
  );
}
