import { diagram, ruleTester } from '../testing';
import { WAF_08 } from './WAF-08';

const acl = (props: Record<string, boolean>) =>
  diagram({ nodes: [{ id: 'acl', kind: 'waf', label: 'edge-acl', props }] });

ruleTester(WAF_08, {
  valid: [
    { name: 'managed rules and logging on', doc: acl({ managedRules: true, logging: true }) },
  ],
  invalid: [
    {
      name: 'logging off (the default)',
      doc: diagram({ nodes: [{ id: 'acl', kind: 'waf' }] }),
      findings: [{ nodes: ['acl'], messageIncludes: 'logging' }],
    },
    {
      name: 'managed rules off',
      doc: acl({ managedRules: false, logging: true }),
      findings: [{ nodes: ['acl'], messageIncludes: 'managed rule groups' }],
    },
    {
      name: 'both off: one finding naming both',
      doc: acl({ managedRules: false, logging: false }),
      findings: [{ nodes: ['acl'], messageIncludes: 'managed rule groups and no logging' }],
    },
  ],
});
