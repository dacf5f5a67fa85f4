/**
 * Over the canvas, while it matters: that a template is being read (Terraform's first
 * file also loads the parser, a few seconds), and, once its diagram is open, the way
 * back to its import report after the dialog was closed. The dialog's code loads when
 * it first opens.
 */
import { lazy, Suspense } from 'react';
import { createPortal } from 'react-dom';
import { libraryTab } from '../../library/session';
import { CloseButton } from '../../panels/CloseButton';
import { useT } from '../../panels/useT';
import { useEditor } from '../../store/editorStore';
import type { OpenedReport } from './importState';
import { forgetImportReport, openImportReport, useImportState } from './importState';
import './importReport.css';

const ImportReportDialog = lazy(() => import('./ImportReportDialog'));

/** The report describes the open diagram (the library's current record is the one it opened as). */
function describesOpenDiagram(opened: OpenedReport): boolean {
  return opened.recordId === undefined || libraryTab()?.currentId === opened.recordId;
}

export function ImportReportHost() {
  const t = useT();
  const reading = useImportState((s) => s.reading);
  const opened = useImportState((s) => s.opened);
  const dialogOpen = useImportState((s) => s.dialogOpen);
  // Opening another diagram changes the document: check again which one is open.
  useEditor((s) => s.doc);
  // Hidden while another file is read: the reading indicator takes its place.
  const reachable =
    opened !== null && !dialogOpen && reading === null && describesOpenDiagram(opened);

  return (
    <>
      {/* Always present, so that screen readers announce what appears in it. */}
      <div className="asp-import-reading" role="status" data-testid="import-reading">
        {reading &&
          t(reading.terraform ? 'importReport.busy.terraform' : 'importReport.busy.template', {
            file: reading.source ?? t('importReport.pasted'),
          })}
      </div>
      {reachable && (
        <div className="asp-import-reopen" data-testid="import-report-reopen-bar">
          <button
            type="button"
            className="asp-button asp-button--small"
            data-testid="import-report-reopen"
            title={t('importReport.reopenTitle', {
              file: opened.source ?? t('importReport.pasted'),
            })}
            aria-haspopup="dialog"
            onClick={openImportReport}
          >
            {t('importReport.reopen')}
          </button>
          <CloseButton
            label={t('importReport.forget')}
            testId="import-report-forget"
            onClick={forgetImportReport}
          />
        </div>
      )}
      {opened &&
        dialogOpen &&
        createPortal(
          <Suspense fallback={null}>
            <ImportReportDialog opened={opened} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
