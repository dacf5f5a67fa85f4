/**
 * A share link (`…/#d1=…`, domain/document/shareLink.ts) opens its diagram on start,
 * and also when only the fragment changes in an open tab (a link pasted into the
 * address bar of the same page does not reload it). The fragment is removed from the
 * address first, so that a reload does not open the link again. The text goes through
 * `openDocumentText`, the one import path: a link gets a file's refusals and repairs.
 */
import { pick, translate } from '../i18n';
import { editorStore } from '../store/editorStore';
import { openDocumentText } from './openDocument';

/** Opens the diagram the address carries; false when there is none or it was refused. */
export async function openShareLinkFromUrl(location: Location = window.location): Promise<boolean> {
  const url = new URL(location.href);
  // The decoder (and fflate) loads only when there is a fragment to look at.
  if (url.hash.length <= 1) return false;
  const { decodeShareFragment, isShareFragment } = await import('../domain/document/shareLink');
  if (!isShareFragment(url.hash)) return false;
  const fragment = url.hash;
  url.hash = '';
  window.history.replaceState(window.history.state, '', url);

  const { lang, notify } = editorStore.getState();
  const source = translate(lang, 'share.open.source');
  const decoded = decodeShareFragment(fragment);
  if (!decoded.ok) {
    notify({
      tone: 'error',
      text: translate(lang, 'app.open.refusedFile', { file: source }),
      detail: [pick(lang, decoded.reason)],
    });
    return false;
  }
  return openDocumentText(decoded.text, undefined, { source });
}

/** Opens share links pasted into the address bar of this tab. */
export function followShareLinks(): void {
  window.addEventListener('hashchange', () => void openShareLinkFromUrl());
}
