/**
 * IPv4 CIDR blocks as address ranges. The model only knows IPv4 addresses (VPC and
 * subnet `cidr` props), so an IPv6 block such as `::/0` parses as IPv6 and contains no
 * address of the model.
 */
import { memoByText } from './memo';

/** An inclusive range of IPv4 addresses, each an unsigned 32-bit number. */
export interface AddressRange {
  readonly start: number;
  readonly end: number;
}

/** Every IPv4 address: `0.0.0.0/0`. */
export const ALL_ADDRESSES: AddressRange = { start: 0, end: 0xffffffff };

const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

const parseCidrCached = memoByText(parseCidrText);

/** `10.0.1.0/24` → its range; undefined for anything that is not an IPv4 CIDR. */
export function parseCidr(text: string | undefined): AddressRange | undefined {
  return typeof text === 'string' ? parseCidrCached(text) : undefined;
}

function parseCidrText(text: string): AddressRange | undefined {
  const m = IPV4_CIDR.exec(text.trim());
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const bits = Number(m[5]);
  if (octets.some((o) => o > 255) || bits > 32) return undefined;
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - bits);
  // The host bits are ignored, as AWS normalizes 10.0.1.7/24 to 10.0.1.0/24.
  const start = Math.floor(address / size) * size;
  return { start, end: start + size - 1 };
}

/** An IPv6 block (`::/0`, `2001:db8::/32`): recognised so rules can name it, never matched. */
export function isIpv6Cidr(text: string | undefined): boolean {
  return typeof text === 'string' && /^[0-9a-f:]*:[0-9a-f:]*\/\d{1,3}$/i.test(text.trim());
}

/** Does `outer` contain every address of `inner`? (A rule's CIDR matches a whole range.) */
export function rangeContains(outer: AddressRange, inner: AddressRange): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function rangesOverlap(a: AddressRange, b: AddressRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * Does the rule CIDR `ruleCidr` match the address range `range`? True when it
 * contains the whole range; an unparsable or IPv6 CIDR matches nothing.
 */
export function cidrContains(ruleCidr: string | undefined, range: AddressRange): boolean {
  const rule = parseCidr(ruleCidr);
  return rule !== undefined && rangeContains(rule, range);
}

/** True for `0.0.0.0/0` and `::/0`: the whole internet. */
export function isAnywhereCidr(text: string | undefined): boolean {
  if (typeof text !== 'string') return false;
  const t = text.trim();
  if (isIpv6Cidr(t)) return /\/0$/.test(t);
  const r = parseCidr(t);
  return r !== undefined && r.start === ALL_ADDRESSES.start && r.end === ALL_ADDRESSES.end;
}

function formatAddress(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

/** The range as CIDR text when it is one block, else `first-last`. */
export function formatRange(range: AddressRange): string {
  const size = range.end - range.start + 1;
  const bits = 32 - Math.log2(size);
  if (Number.isInteger(bits) && range.start % size === 0)
    return `${formatAddress(range.start)}/${bits}`;
  return `${formatAddress(range.start)}-${formatAddress(range.end)}`;
}

/**
 * A free `/24` (or smaller, if the block is smaller) inside `block` that overlaps none
 * of `taken`; undefined when the block is full. Used by fixes that add a subnet.
 */
export function freeSubBlock(
  block: AddressRange,
  taken: readonly AddressRange[],
  prefix = 24,
): AddressRange | undefined {
  const blockSize = block.end - block.start + 1;
  const size = Math.min(2 ** (32 - prefix), blockSize);
  for (let start = block.start; start + size - 1 <= block.end; start += size) {
    const candidate = { start, end: start + size - 1 };
    if (!taken.some((t) => rangesOverlap(t, candidate))) return candidate;
  }
  return undefined;
}
