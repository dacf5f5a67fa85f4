import { diagram, ruleTester } from '../testing';
import { CG_01 } from './CG-01';

const codeguru = (product: string) =>
  diagram({ nodes: [{ id: 'cg', kind: 'codeguru', label: 'code-scan', props: { product } }] });

ruleTester(CG_01, {
  valid: [
    { name: 'CodeGuru Reviewer', doc: codeguru('reviewer') },
    { name: 'CodeGuru Profiler', doc: codeguru('profiler') },
  ],
  invalid: [
    {
      name: 'CodeGuru Security',
      doc: codeguru('security'),
      findings: [{ nodes: ['cg'], messageIncludes: "'code-scan'" }],
    },
  ],
});
