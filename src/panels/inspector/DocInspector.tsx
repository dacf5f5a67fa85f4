/** Nothing selected: the diagram's title, its size, and how to start. */
import { useEditor } from '../../store/editorStore';
import { useT } from '../useT';
import { DraftInput, anyText } from './DraftInput';
import { editTitle } from './edits';

export function DocInspector() {
  const t = useT();
  const title = useEditor((s) => s.doc.title ?? '');
  const nodeCount = useEditor((s) => s.doc.nodes.length);
  const edgeCount = useEditor((s) => s.doc.edges.length);
  return (
    <div className="asp-inspector__body" data-testid="inspector-doc">
      <DraftInput
        value={title}
        check={anyText}
        onCommit={editTitle}
        label={t('inspector.docTitle')}
        placeholder={t('io.untitled')}
        testId="inspector-title"
      />
      <p className="asp-muted" data-testid="inspector-stats">
        {t('inspector.docStats', { nodes: nodeCount, edges: edgeCount })}
      </p>
      <p>{t(nodeCount === 0 ? 'inspector.hintEmpty' : 'inspector.hint')}</p>
    </div>
  );
}
