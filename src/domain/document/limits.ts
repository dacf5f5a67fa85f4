/** Limits of the document format (docs/spec/format.md), shared by import, export and commands. */

/** Files above this are refused before parsing (format.md "a file over 20 MB"). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Node ids are 1–128 characters (format.md "Node"). */
export const MAX_ID_LENGTH = 128;

/** Labels and titles are cut here: a canvas box cannot show more, and a huge one is a sign of a bad file. */
export const MAX_TEXT_LENGTH = 500;

/** Byte length of `text` once encoded as UTF-8, without allocating the encoding. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
