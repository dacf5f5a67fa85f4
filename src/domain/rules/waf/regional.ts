/**
 * CloudFront web ACLs live in the global scope; every other resource a web ACL can
 * protect is Regional (WAF-03, WAF-04).
 */
import type { DiagramNode } from '../../document/types';
import { isWafCapable } from '../../graph/capabilities';

/** A WAF-capable resource other than CloudFront. Non-capable targets are WAF-01's. */
export function isRegionalWafResource(node: DiagramNode): boolean {
  return node.kind !== 'cloudfront' && isWafCapable(node);
}
