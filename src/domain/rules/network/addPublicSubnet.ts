/**
 * The document change behind NET-06's one-click fix: a new public subnet in a given
 * Availability Zone, placed to the right of the VPC's subnets, with a free CIDR block.
 */
import type { Diagram, DiagramNode } from '../../document/types';
import { defaultProps, sizeOfKind } from '../../kinds/catalogue';
import { freeSubBlock, formatRange, parseCidr } from '../../net/cidr';

const GAP = 40;

function uniqueId(doc: Diagram, base: string): string {
  const taken = new Set(doc.nodes.map((n) => n.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A free block for the new subnet inside the VPC's CIDR, or '' when none is known. */
function freeCidr(vpc: DiagramNode, siblings: readonly DiagramNode[]): string {
  const block = parseCidr(String(vpc.props.cidr ?? ''));
  if (!block) return '';
  const taken = siblings.flatMap((s) => parseCidr(String(s.props.cidr ?? '')) ?? []);
  const free = freeSubBlock(block, taken);
  return free ? formatRange(free) : '';
}

/**
 * Adds a public subnet in zone `az` to `vpc`: beside the VPC's other subnets, sized
 * like them, and grows the VPC when the new subnet would stick out of it. Returns the
 * new document and the subnet's id.
 */
export function addPublicSubnet(
  doc: Diagram,
  vpc: DiagramNode,
  az: string,
): { doc: Diagram; id: string } {
  const siblings = doc.nodes.filter((n) => n.parent === vpc.id && n.kind === 'subnet');
  const size = siblings.find((s) => s.size)?.size ?? sizeOfKind('subnet');
  const placed = siblings.filter((s) => s.position);
  const position = placed.length
    ? {
        x: Math.max(...placed.map((s) => s.position!.x + (s.size?.width ?? size.width))) + GAP,
        y: Math.min(...placed.map((s) => s.position!.y)),
      }
    : { x: GAP, y: GAP + 20 };
  const id = uniqueId(doc, `subnet-public-${az}`);
  const subnet: DiagramNode = {
    id,
    kind: 'subnet',
    label: `public-${az}`,
    parent: vpc.id,
    position,
    size: { ...size },
    props: { ...defaultProps('subnet'), tier: 'public', az, cidr: freeCidr(vpc, siblings) },
  };
  const nodes = doc.nodes.map((n) => {
    if (n.id !== vpc.id || !n.size) return n;
    const width = Math.max(n.size.width, position.x + size.width + GAP);
    const height = Math.max(n.size.height, position.y + size.height + GAP);
    return width === n.size.width && height === n.size.height
      ? n
      : { ...n, size: { width, height } };
  });
  return { doc: { ...doc, nodes: [...nodes, subnet] }, id };
}
