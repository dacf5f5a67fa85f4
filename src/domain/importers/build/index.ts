/**
 * The builder: an infrastructure model (model.ts) becomes a diagram document without
 * positions (the app and the CLI lay it out with ELK) and an import report that says
 * what became of every resource. docs/import.md describes the mapping and each
 * decision taken where the template and the diagram differ.
 */
import { MAX_TEXT_LENGTH } from '../../document/limits';
import { cutText } from '../../document/read';
import type { Diagram } from '../../document/types';
import { CURRENT_VERSION, DOCUMENT_TYPE } from '../../document/types';
import type { InfraModel } from '../model';
import type { ImportReport } from '../report';
import { BuildContext } from './context';
import { EdgeBuilder } from './edges';
import { buildNacls } from './nacls';
import { buildGateways, buildVpcsAndSubnets, foldRouting } from './network';
import { assembleReport } from './assembleReport';
import { SecurityGroups } from './securityGroups';
import { buildServices } from './services';
import { REASONS } from './texts';
import { buildFirewalls, buildWorkloads } from './workloads';

export { CONCEPT_BECOMES } from './concepts';

export function buildDiagram(model: InfraModel): { document: Diagram; report: ImportReport } {
  const ctx = new BuildContext(model);
  buildVpcsAndSubnets(ctx);
  buildGateways(ctx);
  foldRouting(ctx);
  // Members first, so that each security group is drawn where its members are.
  const groups = new SecurityGroups(ctx);
  buildWorkloads(ctx, groups);
  groups.finish();
  buildNacls(ctx);
  buildFirewalls(ctx);
  buildServices(ctx);
  new EdgeBuilder(ctx).build();
  for (const s of ctx.of.supporting)
    ctx.partOf(
      s.id,
      s.of.flatMap((id) => ctx.nodeOf(id) ?? []),
      REASONS.ownerNotDrawn,
    );
  for (const r of ctx.of['not-drawn']) ctx.notDrawn(r.id, r.reason ?? REASONS.noKind);

  const title = model.title?.trim();
  const document: Diagram = {
    type: DOCUMENT_TYPE,
    version: CURRENT_VERSION,
    ...(title ? { title: cutText(title, MAX_TEXT_LENGTH) } : {}),
    nodes: ctx.nodes,
    edges: ctx.edges,
  };
  return { document, report: assembleReport(ctx, model) };
}
