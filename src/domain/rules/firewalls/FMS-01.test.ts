import { diagram, ruleTester } from '../testing';
import { FMS_01 } from './FMS-01';

ruleTester(FMS_01, {
  valid: [
    {
      name: 'in the security account of an organization with all features',
      doc: diagram({
        nodes: [
          { id: 'org', kind: 'organization' },
          { id: 'sec', kind: 'account', parent: 'org' },
          { id: 'fms', kind: 'firewall-manager', parent: 'sec' },
        ],
      }),
    },
    {
      name: 'directly in the organization',
      doc: diagram({
        nodes: [
          { id: 'org', kind: 'organization' },
          { id: 'fms', kind: 'firewall-manager', parent: 'org' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'at top level',
      doc: diagram({ nodes: [{ id: 'fms', kind: 'firewall-manager', label: 'central-fw' }] }),
      findings: [{ nodes: ['fms'], messageIncludes: "'central-fw'" }],
    },
    {
      name: 'in an account outside any organization',
      doc: diagram({
        nodes: [
          { id: 'acct', kind: 'account' },
          { id: 'fms', kind: 'firewall-manager', parent: 'acct' },
        ],
      }),
      findings: [{ nodes: ['fms'] }],
    },
    {
      name: 'in an organization with consolidated billing only',
      doc: diagram({
        nodes: [
          { id: 'org', kind: 'organization', label: 'billing-only', props: { allFeatures: false } },
          { id: 'sec', kind: 'account', parent: 'org' },
          { id: 'fms', kind: 'firewall-manager', parent: 'sec' },
        ],
      }),
      findings: [{ nodes: ['fms', 'org'], messageIncludes: "'billing-only'" }],
    },
  ],
});
