import { i18n } from '#i18n';
import type { PermissionGrant } from '@/lib/github/permission-keys';
import { explainGrant, grantRisk, permissionInfo } from '@/lib/github/permissions';
import { RiskBadge } from './RiskBadge';

/** One permission of a preset or the custom set: GitHub's label and access, its risk, and why it is flagged. */
export function GrantLine({ grant, id }: { grant: PermissionGrant; id: string }) {
  const info = permissionInfo(grant.key);
  return (
    <span class="grant">
      <RiskBadge id={`${id}-risk`} risk={grantRisk(grant)} /> <span id={`${id}-about`}>{explainGrant(grant)}</span>
      {info.flagged && (
        <span class="flag" id={`${id}-flag`}>
          {' '}
          {i18n.t('settings.fineGrainedField.flagged', { reason: info.flagReason })}
        </span>
      )}
    </span>
  );
}
