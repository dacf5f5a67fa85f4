/**
 * One selected connection: its kind, and for traffic its port and protocol; its label;
 * and a way back to either end for the keyboard.
 */
import { useId } from 'react';
import { EDGE_KINDS } from '../../domain/document/types';
import type { DiagramEdge, EdgeKind, TrafficProtocol } from '../../domain/document/types';
import { editorStore, useEditor } from '../../store/editorStore';
import { useLang, useT } from '../useT';
import { DraftInput, anyText } from './DraftInput';
import { editEdge } from './edits';
import { selectFromInspector, useInspectorFocus } from './inspectorFocus';
import { nodeName } from './labels';
import { checkTrafficPort } from './ruleValidation';
import './linkFields.css';

const PROTOCOLS: readonly TrafficProtocol[] = ['tcp', 'udp', 'icmp', 'all'];

export function EdgeInspector({ edge }: { edge: DiagramEdge }) {
  const t = useT();
  const lang = useLang();
  const kindId = useId();
  const protocolId = useId();
  const source = useEditor((s) => s.doc.nodes.find((n) => n.id === edge.source));
  const target = useEditor((s) => s.doc.nodes.find((n) => n.id === edge.target));
  const headingRef = useInspectorFocus<HTMLHeadingElement>(edge.id);
  const sourceName = source ? nodeName(lang, source) : edge.source;
  const targetName = target ? nodeName(lang, target) : edge.target;
  const ends = [
    { end: 'source', node: source },
    { end: 'target', node: target },
  ] as const;
  const traffic = edge.kind === 'traffic' ? edge.props : undefined;

  // The command refuses a second edge of the same kind between the same two nodes;
  // say so rather than letting the select jump back without a word.
  const setKind = (kind: EdgeKind) => {
    const { doc, notify } = editorStore.getState();
    const taken = doc.edges.some(
      (e) =>
        e.id !== edge.id && e.source === edge.source && e.target === edge.target && e.kind === kind,
    );
    if (taken)
      notify({
        tone: 'info',
        text: t('inspector.edge.kindTaken', { kind: t(`inspector.edgeKind.${kind}`) }),
      });
    else editEdge(edge.id, { kind });
  };

  return (
    <div className="asp-inspector__body" data-testid="inspector-edge">
      <h2 className="asp-inspector__kind" ref={headingRef} tabIndex={-1}>
        {t('inspector.edge.title')}
      </h2>
      <p className="asp-muted" data-testid="inspector-edge-ends">
        {t('inspector.edge.ends', { source: sourceName, target: targetName })}
      </p>
      <div className="asp-edge-ends">
        {ends.map(
          ({ end, node }) =>
            node && (
              <button
                key={end}
                type="button"
                className="asp-button asp-button--small"
                data-testid={`inspector-edge-select-${end}`}
                onClick={() => selectFromInspector({ nodes: [node.id], edges: [] })}
              >
                {t(
                  end === 'source' ? 'inspector.edge.selectSource' : 'inspector.edge.selectTarget',
                  {
                    node: nodeName(lang, node),
                  },
                )}
              </button>
            ),
        )}
      </div>

      <div className="asp-field">
        <label htmlFor={kindId} className="asp-field__label">
          {t('inspector.edge.kind')}
        </label>
        <select
          id={kindId}
          className="asp-input"
          data-testid="inspector-edge-kind"
          value={edge.kind}
          onChange={(e) => setKind(e.target.value as EdgeKind)}
        >
          {EDGE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`inspector.edgeKind.${k}`)}
            </option>
          ))}
        </select>
        <p className="asp-muted">{t(`inspector.edgeKind.${edge.kind}.about`)}</p>
      </div>

      {traffic && (
        <>
          <DraftInput
            key={`${edge.id}:port`}
            value={String(traffic.port)}
            check={checkTrafficPort}
            onCommit={(port) => editEdge(edge.id, { props: { port } })}
            label={t('inspector.edge.port')}
            testId="inspector-edge-port"
          />
          <div className="asp-field">
            <label htmlFor={protocolId} className="asp-field__label">
              {t('inspector.edge.protocol')}
            </label>
            <select
              id={protocolId}
              className="asp-input"
              data-testid="inspector-edge-protocol"
              value={traffic.protocol}
              onChange={(e) =>
                editEdge(edge.id, { props: { protocol: e.target.value as TrafficProtocol } })
              }
            >
              {PROTOCOLS.map((p) => (
                <option key={p} value={p}>
                  {t(`inspector.rules.value.${p}`)}
                </option>
              ))}
            </select>
          </div>
        </>
      )}

      <DraftInput
        key={`${edge.id}:label`}
        value={edge.label ?? ''}
        check={anyText}
        onCommit={(label) => editEdge(edge.id, { label })}
        label={t('inspector.label')}
        testId="inspector-label"
      />
    </div>
  );
}
