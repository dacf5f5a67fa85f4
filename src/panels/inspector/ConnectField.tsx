/**
 * A node's connections in the inspector: the list of its edges (each selects its edge,
 * to edit the port or the type) and "Connect to…", what a keyboard user has instead
 * of dragging from a handle. The type is inferred from the two kinds as on the canvas
 * (format.md "Edge kinds") unless the user picks one. A new connection is one undo
 * step and announced; the node stays selected, so that the next one can follow.
 */
import { useId, useRef, useState } from 'react';
import { connect } from '../../domain/commands';
import { inferEdgeKind } from '../../domain/document/edgeKinds';
import { EDGE_KINDS } from '../../domain/document/types';
import type { Diagram, DiagramEdge, DiagramNode, EdgeKind } from '../../domain/document/types';
import { editorStore, useEditor } from '../../store/editorStore';
import { useLang, useT } from '../useT';
import { selectFromInspector } from './inspectorFocus';
import { nodeName, placedName } from './labels';
import { SelectField } from './SelectField';
import './linkFields.css';

type T = ReturnType<typeof useT>;

function kindText(t: T, edge: DiagramEdge): string {
  const kind = t(`inspector.edgeKind.${edge.kind}`);
  return edge.kind === 'traffic' && edge.props
    ? `${kind} ${edge.props.port}/${edge.props.protocol}`
    : kind;
}

function ConnectionList({ node, doc }: { node: DiagramNode; doc: Diagram }) {
  const t = useT();
  const lang = useLang();
  const edges = doc.edges.filter((e) => e.source === node.id || e.target === node.id);
  if (edges.length === 0)
    return (
      <p className="asp-muted" data-testid="inspector-connections-none">
        {t('inspector.connections.none')}
      </p>
    );
  const nameOf = (id: string) => {
    const other = doc.nodes.find((n) => n.id === id);
    return other ? nodeName(lang, other) : id;
  };
  return (
    <ul className="asp-connections" data-testid="inspector-connections">
      {edges.map((edge) => {
        const outgoing = edge.source === node.id;
        const params = {
          node: nameOf(outgoing ? edge.target : edge.source),
          kind: kindText(t, edge),
        };
        return (
          <li key={edge.id}>
            <button
              type="button"
              className="asp-connections__item"
              data-testid={`inspector-connection-${edge.id}`}
              title={t('inspector.connections.hint')}
              onClick={() => selectFromInspector({ nodes: [], edges: [edge.id] })}
            >
              {t(outgoing ? 'inspector.connections.out' : 'inspector.connections.in', params)}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function ConnectForm({ node, doc }: { node: DiagramNode; doc: Diagram }) {
  const t = useT();
  const lang = useLang();
  const targetRef = useRef<HTMLSelectElement>(null);
  const [target, setTarget] = useState('');
  const [kind, setKind] = useState<EdgeKind | ''>('');
  const others = doc.nodes.filter((n) => n.id !== node.id);
  const targetNode = others.find((n) => n.id === target);
  const kindName = (k: EdgeKind) => t(`inspector.edgeKind.${k}`);

  const connectNow = () => {
    if (!targetNode) return;
    const store = editorStore.getState();
    const before = store.doc;
    let edgeId: string | null = null;
    store.commit((d) => {
      const result = connect(d, {
        source: node.id,
        target: targetNode.id,
        ...(kind ? { kind } : {}),
      });
      edgeId = result.id;
      return result.doc;
    });
    const after = editorStore.getState().doc;
    const edge = after.edges.find((e) => e.id === edgeId);
    if (!edge) return;
    const params = {
      source: nodeName(lang, node),
      target: nodeName(lang, targetNode),
      kind: kindName(edge.kind),
    };
    store.notify({
      tone: 'info',
      text: t(after === before ? 'inspector.connect.exists' : 'inspector.connect.done', params),
    });
    setTarget('');
    setKind('');
    targetRef.current?.focus();
  };

  return (
    <div className="asp-connect" data-testid="inspector-connect-form">
      <SelectField
        label={t('inspector.connect.target')}
        value={target}
        onChange={setTarget}
        testId="inspector-connect-target"
        selectRef={targetRef}
      >
        <option value="">{t('inspector.connect.choose')}</option>
        {others.map((n) => (
          <option key={n.id} value={n.id}>
            {placedName(lang, doc, n)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('inspector.connect.kind')}
        value={kind}
        onChange={(v) => setKind(v as EdgeKind | '')}
        testId="inspector-connect-kind"
      >
        <option value="">
          {targetNode
            ? t('inspector.connect.auto', {
                kind: kindName(inferEdgeKind(node.kind, targetNode.kind)),
              })
            : t('inspector.connect.autoAny')}
        </option>
        {EDGE_KINDS.map((k) => (
          <option key={k} value={k}>
            {kindName(k)}
          </option>
        ))}
      </SelectField>
      <button
        type="button"
        className="asp-button asp-button--small"
        data-testid="inspector-connect"
        disabled={!targetNode}
        onClick={connectNow}
      >
        {t('inspector.connect.button')}
      </button>
    </div>
  );
}

export function ConnectionsSection({ node }: { node: DiagramNode }) {
  const t = useT();
  const headingId = useId();
  const doc = useEditor((s) => s.doc);
  return (
    <section className="asp-inspector__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('inspector.connections')}</h3>
      <ConnectionList node={node} doc={doc} />
      {/* Remounted per node, so that a half-made connection of one node never lands on another. */}
      <ConnectForm key={node.id} node={node} doc={doc} />
    </section>
  );
}
