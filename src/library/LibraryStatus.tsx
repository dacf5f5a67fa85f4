/**
 * Over the canvas, while it matters: that work is not being kept in this browser (with
 * Download at hand), or that another tab changed the open diagram (keep mine as a copy,
 * or take theirs). The one-time notice says why; this bar stays until it is over.
 */
import { downloadDocument } from '../export/documentFile';
import { editorStore } from '../store/editorStore';
import { useT } from '../panels/useT';
import { copyTitle } from './libraryActions';
import { useLibrary } from './libraryState';
import { libraryTab } from './session';
import './library.css';

export function LibraryStatus() {
  const t = useT();
  const status = useLibrary((s) => s.status);
  const conflict = useLibrary((s) => s.conflict);
  if (conflict !== null)
    return (
      <div className="asp-library-status" role="alert" data-testid="library-conflict">
        <p>{t('library.conflict')}</p>
        <button
          type="button"
          className="asp-button asp-button--small"
          data-testid="library-conflict-keep-mine"
          onClick={() => libraryTab()?.keepMineAsCopy(copyTitle)}
        >
          {t('library.conflict.keepMine')}
        </button>
        <button
          type="button"
          className="asp-button asp-button--small"
          data-testid="library-conflict-take-theirs"
          onClick={() => void libraryTab()?.takeTheirs()}
        >
          {t('library.conflict.takeTheirs')}
        </button>
      </div>
    );
  if (status !== 'memory' && status !== 'failing') return null;
  return (
    <div className="asp-library-status" role="status" data-testid="library-not-kept">
      <p>{t(status === 'memory' ? 'library.status.memory' : 'library.status.failing')}</p>
      <button
        type="button"
        className="asp-button asp-button--small"
        data-testid="library-not-kept-download"
        title={t('library.status.downloadTitle')}
        onClick={() => downloadDocument(editorStore.getState().doc)}
      >
        {t('library.status.download')}
      </button>
    </div>
  );
}
