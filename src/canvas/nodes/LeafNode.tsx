/**
 * A service on the canvas: its official icon, its label under it, the kind's name on
 * hover. Labels are React text children, never HTML, so a label such as
 * `<img src=x onerror=...>` is shown literally.
 */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { getKind } from '../../domain/kinds/catalogue';
import { pick } from '../../i18n';
import { useEditor } from '../../store/editorStore';
import { useLang } from '../../panels/useT';
import { nodeById } from '../docIndex';
import type { LeafFlowNode } from '../flowTypes';
import { CanvasIcon } from './CanvasIcon';
import { NodeHandles, useHandles } from './NodeHandles';
import { samePropsIgnoringPosition } from './ignorePosition';
import { NodeFindingBadge } from '../../panels/findings/NodeFindingBadge';
import { TraceNodeBadge } from '../trace/TraceNodeBadge';
import { useNodeTraceRole } from '../trace/useTraceView';

const ICON_SIZE = 48;

function LeafNodeView({ id, data, selected }: NodeProps<LeafFlowNode>) {
  // The label only: a layout or a move gives the node a new object, not a new label.
  const storedLabel = useEditor((s) => nodeById(s.doc, id)?.label);
  const handles = useHandles(id, !!selected);
  const traceRole = useNodeTraceRole(id);
  const lang = useLang();
  const kindName = pick(lang, getKind(data.kind).name);
  const label = storedLabel?.trim() || kindName;
  return (
    <div
      className="asp-leaf"
      data-testid={`node-${id}`}
      data-kind={data.kind}
      data-trace={traceRole}
      title={kindName}
      onPointerEnter={handles.onPointerEnter}
      onPointerLeave={handles.onPointerLeave}
    >
      <div className="asp-leaf__icon" aria-hidden="true">
        <CanvasIcon kind={data.kind} size={ICON_SIZE} />
      </div>
      <div className="asp-leaf__label">{label}</div>
      <NodeHandles nodeId={id} usable={handles.shown} />
      <NodeFindingBadge nodeId={id} />
      <TraceNodeBadge nodeId={id} />
    </div>
  );
}

export const LeafNode = memo(LeafNodeView, samePropsIgnoringPosition);
