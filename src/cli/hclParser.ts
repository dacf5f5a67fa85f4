/**
 * The HCL parser for Node (the CLI and the tests): `@cdktf/hcl2json`, Go compiled to
 * WebAssembly, loaded on first use (about 150 ms).
 */
import type { HclParser } from '../domain/importers/terraform';

export const parseHclNode: HclParser = async (fileName, text) => {
  const { parse } = await import('@cdktf/hcl2json');
  return parse(fileName, text);
};
