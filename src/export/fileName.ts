/**
 * Export file names from the diagram title: "Web app behind CloudFront" →
 * `web-app-behind-cloudfront.png`. Letters of any script are kept (a Japanese title
 * gives a Japanese file name); everything else becomes a single dash.
 */
export const FALLBACK_FILE_STEM = 'diagram';
const MAX_STEM_LENGTH = 80;

export function slugify(title: string | undefined): string {
  const slug = (title ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_STEM_LENGTH)
    .replace(/-+$/, '');
  return slug || FALLBACK_FILE_STEM;
}

export function exportFileName(
  title: string | undefined,
  extension: 'png' | 'svg' | 'json',
): string {
  return `${slugify(title)}.${extension}`;
}
