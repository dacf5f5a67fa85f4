/**
 * Toasts for the store's notices. Info notices go away by themselves; errors and
 * warnings stay until closed, because they say something the user must act on
 * (a file that was refused, an autosave that failed).
 */
import { useEffect } from 'react';
import type { Notice } from '../store/editorStore';
import { editorStore, useEditor } from '../store/editorStore';
import { CloseButton } from './CloseButton';
import { useT } from './useT';

export const INFO_NOTICE_MS = 6000;

function NoticeItem({ notice }: { notice: Notice }) {
  const t = useT();
  const dismiss = () => editorStore.getState().dismiss(notice.id);

  useEffect(() => {
    if (notice.tone !== 'info') return;
    const timer = setTimeout(() => editorStore.getState().dismiss(notice.id), INFO_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice.id, notice.tone]);

  return (
    <div
      className={`asp-notice asp-notice--${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      data-testid={`notice-${notice.tone}`}
    >
      <div className="asp-notice__content">
        <p className="asp-notice__text">{notice.text}</p>
        {notice.detail && notice.detail.length > 0 && (
          <ul className="asp-notice__detail">
            {notice.detail.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      <CloseButton label={t('io.notice.close')} testId="notice-close" onClick={dismiss} />
    </div>
  );
}

export function Notices() {
  const notices = useEditor((s) => s.notices);
  const t = useT();
  return (
    <section className="asp-notices" data-testid="notices" aria-label={t('io.notices')}>
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} />
      ))}
    </section>
  );
}
