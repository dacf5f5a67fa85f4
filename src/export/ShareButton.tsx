/**
 * The toolbar's "Copy link": the open diagram compressed into a link's fragment
 * (domain/document/shareLink.ts), copied to the clipboard. The popover says it was
 * copied, or shows the link selected in a read-only field when the browser refuses the
 * clipboard; a diagram too large for a link is told so, with the size, and offered as a
 * download. The compression code loads on first use.
 */
import { useEffect, useRef, useState } from 'react';
import { translate } from '../i18n';
import { useT } from '../panels/useT';
import { editorStore } from '../store/editorStore';
import { copyText } from './copyText';
import { downloadDocument } from './documentFile';
import { usePopover } from './usePopover';
import './popover.css';

type Shared =
  | { kind: 'link'; url: string; copy: 'copying' | 'copied' | 'by-hand' }
  | { kind: 'too-large'; size: number; limit: number };

const KB = 1024;

async function makeLink(): Promise<Shared> {
  const { encodeShareFragment, shareLink, MAX_SHARE_LINK_CHARS } =
    await import('../domain/document/shareLink');
  const url = shareLink(window.location.href, encodeShareFragment(editorStore.getState().doc));
  if (url.length > MAX_SHARE_LINK_CHARS)
    return {
      kind: 'too-large',
      size: Math.ceil(url.length / KB),
      limit: MAX_SHARE_LINK_CHARS / KB,
    };
  return { kind: 'link', url, copy: 'copying' };
}

export function ShareButton() {
  const t = useT();
  const { open, toggle, close, rootRef } = usePopover<HTMLDivElement>();
  const [shared, setShared] = useState<Shared | undefined>();
  const field = useRef<HTMLInputElement>(null);

  const copy = async (url: string) => {
    setShared({ kind: 'link', url, copy: 'copying' });
    const copied = await copyText(url);
    setShared({ kind: 'link', url, copy: copied ? 'copied' : 'by-hand' });
  };

  const byHand = open && shared?.kind === 'link' && shared.copy === 'by-hand';
  useEffect(() => {
    // Focusing selects the whole link (onFocus), ready for Ctrl+C.
    if (byHand) field.current?.focus();
  }, [byHand]);

  const onClick = async () => {
    if (open) {
      close();
      return;
    }
    let next: Shared;
    try {
      next = await makeLink();
    } catch (err) {
      const { lang, notify } = editorStore.getState();
      const reason = err instanceof Error ? err.message : String(err);
      notify({ tone: 'error', text: translate(lang, 'share.failed', { reason }) });
      return;
    }
    setShared(next);
    toggle();
    if (next.kind === 'link') await copy(next.url);
  };

  return (
    <div className="asp-export" ref={rootRef}>
      <button
        type="button"
        className="asp-button"
        data-testid="share-link"
        title={t('share.buttonTitle')}
        aria-expanded={open}
        onClick={() => void onClick()}
      >
        {t('share.button')}
      </button>
      {open && shared && (
        <div className="asp-popover asp-share" role="dialog" aria-label={t('share.dialog')}>
          {shared.kind === 'too-large' ? (
            <>
              <p role="alert" data-testid="share-too-large">
                {t('share.tooLarge', { size: shared.size, limit: shared.limit })}
              </p>
              <div className="asp-popover__actions">
                <button
                  type="button"
                  className="asp-button"
                  data-testid="share-download"
                  onClick={() => {
                    downloadDocument(editorStore.getState().doc);
                    close();
                  }}
                >
                  {t('share.download')}
                </button>
              </div>
            </>
          ) : (
            <>
              <label className="asp-share__field">
                {t('share.linkLabel')}
                <input
                  ref={field}
                  type="text"
                  readOnly
                  value={shared.url}
                  data-testid="share-url"
                  onFocus={(e) => e.currentTarget.select()}
                />
              </label>
              <p role="status" data-testid="share-status" data-copy={shared.copy}>
                {shared.copy === 'copied'
                  ? t('share.copied')
                  : shared.copy === 'by-hand'
                    ? t('share.copyByHand')
                    : t('share.copying')}
              </p>
              <div className="asp-popover__actions">
                <button
                  type="button"
                  className="asp-button"
                  data-testid="share-copy"
                  onClick={() => void copy(shared.url)}
                >
                  {t('share.copy')}
                </button>
              </div>
              <p className="asp-popover__hint">{t('share.privacy')}</p>
            </>
          )}
        </div>
      )}
    </div>
  );
}
