import { diagram, ruleTester } from '../testing';
import { INS_03 } from './INS-03';

const inspector = (lambdaStandard: boolean, lambdaCode: boolean) =>
  diagram({
    nodes: [{ id: 'ins', kind: 'inspector', label: 'vuln', props: { lambdaStandard, lambdaCode } }],
  });

ruleTester(INS_03, {
  valid: [
    { name: 'the defaults', doc: diagram({ nodes: [{ id: 'ins', kind: 'inspector' }] }) },
    { name: 'code scanning with standard scanning', doc: inspector(true, true) },
    { name: 'standard scanning alone', doc: inspector(true, false) },
    { name: 'no Lambda scanning at all', doc: inspector(false, false) },
  ],
  invalid: [
    {
      name: 'code scanning without standard scanning',
      doc: inspector(false, true),
      findings: [{ nodes: ['ins'], messageIncludes: "'vuln'" }],
    },
  ],
});
