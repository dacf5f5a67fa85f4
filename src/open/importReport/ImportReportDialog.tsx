/**
 * The import report dialog (loaded on first open): what became of each resource of
 * the template, what the playground does not draw, the values it could not know and
 * the builder's notes, with Copy report (the same plain text the CLI prints). A drawn
 * resource's node is one click away on the canvas.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { SourcePosition } from '../../domain/importers/model';
import { reportText } from '../../domain/importers/reportText';
import { getKind } from '../../domain/kinds/catalogue';
import { copyText } from '../../export/copyText';
import { pick } from '../../i18n';
import { Modal } from '../../panels/Modal';
import { useDialogKeys } from '../../panels/useDialogKeys';
import { useLang, useT } from '../../panels/useT';
import { editorStore } from '../../store/editorStore';
import type { OpenedReport } from './importState';
import { closeImportReport } from './importState';
import { reportView } from './reportView';
import './importReport.css';

type CopyState = 'idle' | 'copied' | 'by-hand';

function Section(props: { id: string; title: string; count: number; children: ReactNode }) {
  if (props.count === 0) return null;
  return (
    <section className="asp-import-report__section" aria-labelledby={props.id}>
      <h3 id={props.id}>
        {props.title} <span className="asp-muted">({props.count})</span>
      </h3>
      {props.children}
    </section>
  );
}

type Column = 'resource' | 'type' | 'node' | 'into' | 'count' | 'resources' | 'property' | 'reason';

/** A section whose content is a table: its column headings, then its rows. */
function TableSection(props: {
  section: 'drawn' | 'folded' | 'notDrawn' | 'unknowns';
  count: number;
  columns: readonly Column[];
  children: ReactNode;
}) {
  const t = useT();
  const { section } = props;
  return (
    <Section
      id={`asp-import-report-${section}`}
      title={t(`importReport.section.${section}`)}
      count={props.count}
    >
      <table className="asp-import-report__table" data-testid={`import-report-${section}`}>
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th key={column} scope="col">
                {t(`importReport.column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </Section>
  );
}

function Where({ at }: { at?: SourcePosition }) {
  const t = useT();
  if (!at) return null;
  return <span className="asp-import-report__at">{t('importReport.at', { line: at.line })}</span>;
}

/** The first two cells of a resource's row: its id (where it is) and its type. */
function ResourceCells(props: { id: string; sourceType: string; at?: SourcePosition }) {
  return (
    <>
      <th scope="row">
        <span className="asp-mono">{props.id}</span> <Where at={props.at} />
      </th>
      <td className="asp-mono">{props.sourceType}</td>
    </>
  );
}

function showNode(node: string) {
  closeImportReport();
  editorStore.getState().focusOn([node]);
}

export default function ImportReportDialog({ opened }: { opened: OpenedReport }) {
  const t = useT();
  const lang = useLang();
  const { report, source } = opened;
  const view = useMemo(() => reportView(report), [report]);
  const text = useMemo(() => reportText(report, lang), [report, lang]);
  const [copy, setCopy] = useState<CopyState>('idle');
  const dialogRef = useRef<HTMLDivElement>(null);
  const copyButton = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  useDialogKeys(dialogRef, closeImportReport);
  useEffect(() => copyButton.current?.focus(), []);
  useEffect(() => {
    // Focusing selects the whole report (onFocus), ready for Ctrl+C.
    if (copy === 'by-hand') field.current?.focus();
  }, [copy]);

  const onCopy = async () => setCopy((await copyText(text)) ? 'copied' : 'by-hand');

  return (
    <Modal
      titleId="asp-import-report-title"
      title={t('importReport.title')}
      closeLabel={t('importReport.close')}
      onClose={closeImportReport}
      testId="import-report"
      className="asp-import-report"
      dialogRef={dialogRef}
    >
      <p className="asp-muted" data-testid="import-report-source">
        {t('importReport.source', {
          format: t(`importReport.format.${report.format}`),
          file: source ?? t('importReport.pasted'),
        })}
      </p>
      <p className="asp-import-report__summary" data-testid="import-report-summary">
        {t('importReport.summary', { ...view.summary })}
      </p>
      <div className="asp-import-report__actions">
        <button
          ref={copyButton}
          type="button"
          className="asp-button"
          data-testid="import-report-copy"
          onClick={() => void onCopy()}
        >
          {t('importReport.copy')}
        </button>
        <p role="status" data-testid="import-report-copy-status" data-copy={copy}>
          {copy === 'copied'
            ? t('importReport.copied')
            : copy === 'by-hand'
              ? t('importReport.copyByHand')
              : ''}
        </p>
      </div>
      {copy === 'by-hand' && (
        <textarea
          ref={field}
          className="asp-import-report__text asp-mono"
          readOnly
          aria-label={t('importReport.copyField')}
          data-testid="import-report-text"
          value={text}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}

      <TableSection
        section="drawn"
        count={view.drawn.length}
        columns={['resource', 'type', 'node']}
      >
        {view.drawn.map((row) => (
          <tr key={row.id}>
            <ResourceCells {...row} />
            <td>
              <button
                type="button"
                className="asp-import-report__node"
                title={t('importReport.showNode', { node: row.node })}
                onClick={() => showNode(row.node)}
              >
                {row.node}
              </button>{' '}
              <span className="asp-muted">{pick(lang, getKind(row.kind).name)}</span>
            </td>
          </tr>
        ))}
      </TableSection>

      <TableSection
        section="folded"
        count={view.folded.length}
        columns={['resource', 'type', 'into']}
      >
        {view.folded.map((row) => (
          <tr key={row.id}>
            <ResourceCells {...row} />
            <td className="asp-mono">{row.nodes.join(', ')}</td>
          </tr>
        ))}
      </TableSection>

      <TableSection
        section="notDrawn"
        count={view.summary.notDrawn}
        columns={['type', 'count', 'resources']}
      >
        {view.notDrawn.map((type) => (
          <tr key={type.sourceType}>
            <th scope="row" className="asp-mono">
              {type.sourceType}
            </th>
            <td>{type.count}</td>
            <td className="asp-mono">{type.ids.join(', ')}</td>
          </tr>
        ))}
      </TableSection>

      <TableSection
        section="unknowns"
        count={report.unknowns.length}
        columns={['resource', 'property', 'reason']}
      >
        {report.unknowns.map((u, i) => (
          <tr key={i}>
            <th scope="row" className="asp-mono">
              {u.resource ?? t('importReport.template')}
            </th>
            <td>
              <span className="asp-mono">{u.property}</span> <Where at={u.at} />
            </td>
            <td>{pick(lang, u.reason)}</td>
          </tr>
        ))}
      </TableSection>

      <Section
        id="asp-import-report-notes"
        title={t('importReport.section.notes')}
        count={report.notes.length}
      >
        <ul className="asp-import-report__notes" data-testid="import-report-notes">
          {report.notes.map((note, i) => (
            <li key={i}>
              {note.resource && <span className="asp-mono">{note.resource}: </span>}
              {pick(lang, note.text)}
            </li>
          ))}
        </ul>
      </Section>
    </Modal>
  );
}
