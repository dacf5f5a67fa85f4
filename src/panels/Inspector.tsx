/** The right-hand panel: edits whatever is selected, or the diagram itself when nothing is. */
import { useEditor } from '../store/editorStore';
import { DocInspector } from './inspector/DocInspector';
import { EdgeInspector } from './inspector/EdgeInspector';
import { MultiInspector } from './inspector/MultiInspector';
import { NodeInspector } from './inspector/NodeInspector';
import { useT } from './useT';

function InspectorBody() {
  const selection = useEditor((s) => s.selection);
  const node = useEditor((s) =>
    s.selection.nodes.length === 1 && s.selection.edges.length === 0
      ? s.doc.nodes.find((n) => n.id === s.selection.nodes[0])
      : undefined,
  );
  const edge = useEditor((s) =>
    s.selection.edges.length === 1 && s.selection.nodes.length === 0
      ? s.doc.edges.find((e) => e.id === s.selection.edges[0])
      : undefined,
  );
  if (node) return <NodeInspector node={node} />;
  if (edge) return <EdgeInspector edge={edge} />;
  if (selection.nodes.length + selection.edges.length > 1)
    return <MultiInspector selection={selection} />;
  return <DocInspector />;
}

export function Inspector() {
  const t = useT();
  return (
    <aside className="asp-inspector" data-testid="inspector" aria-labelledby="asp-inspector-title">
      <h2 id="asp-inspector-title" className="asp-panel-title">
        {t('inspector.title')}
      </h2>
      <InspectorBody />
    </aside>
  );
}
