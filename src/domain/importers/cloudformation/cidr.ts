/**
 * `Fn::Cidr` for IPv4: `count` consecutive blocks of `2^hostBits` addresses from the
 * start of `block`, as CloudFormation computes them (`10.0.0.0/16`, 3, 8 →
 * `10.0.0.0/24`, `10.0.1.0/24`, `10.0.2.0/24`). Undefined when the arguments are not
 * valid or the blocks do not fit.
 */
const IPV4_BLOCK = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

export function cidrBlocks(block: string, count: number, hostBits: number): string[] | undefined {
  const m = IPV4_BLOCK.exec(block.trim());
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  if (!Number.isInteger(count) || !Number.isInteger(hostBits)) return undefined;
  if (count < 1 || count > 256 || hostBits < 1 || 32 - hostBits < prefix) return undefined;
  // 2^32 does not fit a 32-bit integer, so the arithmetic stays in doubles.
  const size = 2 ** hostBits;
  const blockSize = 2 ** (32 - prefix);
  const address = octets.reduce((a, o) => a * 256 + o, 0);
  const start = address - (address % blockSize);
  if (count * size > blockSize) return undefined;
  return Array.from({ length: count }, (_, k) => `${dotted(start + k * size)}/${32 - hostBits}`);
}

function dotted(address: number): string {
  const octets: number[] = [];
  let rest = address;
  for (let k = 0; k < 4; k++) {
    octets.unshift(rest % 256);
    rest = Math.floor(rest / 256);
  }
  return octets.join('.');
}
