/**
 * Account- and Region-level services, drawn at top level (kinds.md placement `scope`):
 * buckets, APIs, topics, IAM roles, CloudFront, WAF, Shield, Firewall Manager and the detection
 * services; and flow logs, drawn inside the VPC or subnet they record. Their edges
 * are edges.ts.
 */
import type { PropValue } from '../../document/types';
import { getKind } from '../../kinds/catalogue';
import type { KindId } from '../../kinds/types';
import type { SourceId } from '../model';
import type { BuildContext } from './context';
import { REASONS, notes } from './texts';

/** The listed options a `subset` prop accepts, in the catalogue's order, or nothing when unknown. */
function subsetProp(kind: KindId, prop: string, values: readonly string[] | undefined) {
  if (values === undefined) return {};
  const spec = getKind(kind).props[prop];
  const options = spec?.type === 'subset' ? spec.options : [];
  return { [prop]: options.filter((o) => values.includes(o)) };
}

/** Only the props the model knows; the others keep the kind's defaults. */
function known(values: Record<string, PropValue | undefined>): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * A Firewall Manager policy exists only in an organization with all features (its
 * administrator account), which a template cannot draw: the policies sit in one
 * stand-in organization, so FMS-01 speaks only of real misplacements.
 */
function organization(ctx: BuildContext, owner: SourceId): string {
  ctx.standIns.organization ??= ctx.addNode('external-organization', { kind: 'organization' }).id;
  ctx.note(owner, notes.standInOrganization(owner, ctx.standIns.organization));
  return ctx.standIns.organization;
}

export function buildServices(ctx: BuildContext): void {
  const blocks = new Map<SourceId, boolean | undefined>();
  for (const b of ctx.of['bucket-public-access-block'])
    if (b.bucket !== undefined) blocks.set(b.bucket, b.blockPublicAccess);
  const webAclLogging = new Set<SourceId>();
  for (const l of ctx.of['web-acl-logging'])
    if (l.webAcl && 'ref' in l.webAcl) webAclLogging.add(l.webAcl.ref);
  const standards = ctx.of['security-hub-standard'].flatMap((s) =>
    s.standard === undefined ? [] : [s.standard],
  );

  for (const r of ctx.model.resources) {
    if (ctx.outcomes.has(r.id)) continue;
    const label = ctx.labelOf(r);
    switch (r.concept) {
      case 'bucket':
        // Undefined: AWS blocks public access on new buckets by default (April 2023).
        ctx.addResourceNode(r, {
          kind: 's3',
          label,
          props: { blockPublicAccess: blocks.get(r.id) ?? r.blockPublicAccess ?? true },
        });
        break;
      case 'api':
        ctx.addResourceNode(r, { kind: 'api-gateway', label, props: { apiType: r.apiType } });
        break;
      case 'topic':
        ctx.addResourceNode(r, { kind: 'sns', label });
        break;
      case 'iam-role':
        // IAM is global: the role sits at the top level, with the other scope kinds.
        ctx.addResourceNode(r, {
          kind: 'iam-role',
          label: r.roleName?.trim() || label,
          props: known({
            accessLevel: r.accessLevel,
            trust: r.trust,
            trustedPrincipal: r.trustedPrincipal,
          }),
        });
        break;
      case 'event-rule':
        ctx.addResourceNode(r, { kind: 'eventbridge', label });
        break;
      case 'web-acl':
        ctx.addResourceNode(r, {
          kind: 'waf',
          label,
          props: known({
            scope: r.scope,
            rateBasedRule: r.rateBasedRule,
            managedRules: r.managedRules,
            logging: webAclLogging.has(r.id),
          }),
        });
        break;
      case 'shield-protection':
        ctx.addResourceNode(r, {
          kind: 'shield',
          label,
          props: known({ tier: 'advanced', autoL7Mitigation: r.autoL7Mitigation }),
        });
        break;
      case 'firewall-manager-policy':
        ctx.addResourceNode(r, {
          kind: 'firewall-manager',
          label,
          parent: organization(ctx, r.id),
        });
        break;
      case 'guardduty':
        ctx.addResourceNode(r, {
          kind: 'guardduty',
          label,
          props: { ...known({ role: r.role }), ...subsetProp('guardduty', 'features', r.features) },
        });
        break;
      case 'security-hub': {
        // A hub enables the default standards unless it lists its own; subscriptions add to them.
        const listed = r.standards === undefined ? undefined : [...r.standards, ...standards];
        ctx.addResourceNode(r, {
          kind: 'security-hub',
          label,
          props: subsetProp('security-hub', 'standards', listed),
        });
        break;
      }
      case 'inspector':
        ctx.addResourceNode(r, {
          kind: 'inspector',
          label,
          props: known({
            ec2: r.ec2,
            ecr: r.ecr,
            lambdaStandard: r.lambdaStandard,
            lambdaCode: r.lambdaCode,
          }),
        });
        break;
      case 'macie':
      case 'detective':
      case 'config':
        ctx.addResourceNode(r, { kind: r.concept, label });
        break;
      case 'cloudtrail':
        ctx.addResourceNode(r, {
          kind: 'cloudtrail',
          label,
          props: known({ multiRegion: r.multiRegion }),
        });
        break;
      case 'flow-log': {
        const node = ctx.nodeOf(r.resource);
        const kind = node === undefined ? undefined : ctx.nodeById.get(node)?.kind;
        const recorded = kind === 'vpc' || kind === 'subnet' ? node : undefined;
        if (recorded === undefined) ctx.note(r.id, notes.flowLogAtTop(r.id));
        ctx.addResourceNode(r, { kind: 'vpc-flow-logs', label, parent: recorded });
        break;
      }
      case 'distribution':
        ctx.addResourceNode(r, {
          kind: 'cloudfront',
          label,
          props: {
            originAccessControl: r.origins.every(
              (o) => ctx.byId.get(o.target ?? '')?.concept !== 'bucket' || o.accessControl,
            ),
          },
        });
        break;
      default:
    }
  }

  const hubs = ctx.of['security-hub'].flatMap((h) => ctx.nodeOf(h.id) ?? []);
  for (const s of ctx.of['security-hub-standard']) ctx.partOf(s.id, hubs, REASONS.ownerNotDrawn);
  for (const b of ctx.of['bucket-public-access-block']) {
    const node = ctx.nodeOf(b.bucket);
    ctx.partOf(b.id, node === undefined ? [] : [node], REASONS.ownerNotDrawn);
  }
}
