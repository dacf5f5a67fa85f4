/**
 * A container (organization, account, Region, VPC, subnet, security group): a box
 * with a header (icon, label, kind and the facts that matter on the diagram such as a
 * subnet's tier and AZ). Its border follows the AWS diagram conventions per kind.
 * Selected, it gets resize handles; a resize is committed as one undo step.
 */
import { memo, useCallback } from 'react';
import { NodeResizer } from '@xyflow/react';
import type { NodeProps, OnResizeEnd } from '@xyflow/react';
import type { DiagramNode } from '../../domain/document/types';
import { getKind } from '../../domain/kinds/catalogue';
import { pick } from '../../i18n';
import { useEditor } from '../../store/editorStore';
import { useLang, useT } from '../../panels/useT';
import type { Translate } from '../../panels/useT';
import { useCanvasUi } from '../canvasUi';
import { nodeById } from '../docIndex';
import type { ContainerFlowNode } from '../flowTypes';
import { CanvasIcon } from './CanvasIcon';
import { commitResize } from '../resizing';
import { NodeHandles, useHandles } from './NodeHandles';
import { samePropsIgnoringPosition } from './ignorePosition';
import { NodeFindingBadge } from '../../panels/findings/NodeFindingBadge';
import { TraceNodeBadge } from '../trace/TraceNodeBadge';
import { useNodeTraceRole } from '../trace/useTraceView';

const ICON_SIZE = 24;
export const MIN_CONTAINER_SIZE = { width: 160, height: 96 };

/** What the header shows besides the label; unchanged when a container only moves. */
type ContainerLook = Pick<DiagramNode, 'kind' | 'props'>;

function textProp(node: ContainerLook, name: string): string {
  const v = node.props[name];
  return typeof v === 'string' ? v.trim() : '';
}

/** CSS modifier: subnets differ by tier, other containers by kind. */
export function containerVariant(node: ContainerLook): string {
  if (node.kind === 'subnet')
    return textProp(node, 'tier') === 'public' ? 'subnet-public' : 'subnet-private';
  return node.kind;
}

/** The short facts shown after the kind name. */
function containerFacts(node: ContainerLook, t: Translate): string[] {
  switch (node.kind) {
    case 'subnet': {
      const az = textProp(node, 'az');
      return [
        t(textProp(node, 'tier') === 'public' ? 'canvas.subnet.public' : 'canvas.subnet.private'),
        ...(az ? [t('canvas.subnet.az', { az })] : []),
        textProp(node, 'cidr'),
      ];
    }
    case 'vpc':
      return [textProp(node, 'cidr')];
    case 'region':
      return [textProp(node, 'name')];
    case 'security-group':
      return node.props.isDefault === true ? [t('canvas.sg.default')] : [];
    default:
      return [];
  }
}

function ContainerNodeView({ id, data, selected }: NodeProps<ContainerFlowNode>) {
  // Label and props only: a layout or a move gives the node a new object, not these.
  const storedLabel = useEditor((s) => nodeById(s.doc, id)?.label);
  const props = useEditor((s) => nodeById(s.doc, id)?.props);
  const isDropTarget = useCanvasUi((s) => s.dropTarget === id);
  const handles = useHandles(id, !!selected);
  const traceRole = useNodeTraceRole(id);
  const lang = useLang();
  const t = useT();
  const onResizeEnd = useCallback<OnResizeEnd>((_event, params) => commitResize(id, params), [id]);
  if (!props) return null;
  const node = { kind: data.kind, props };
  const kindName = pick(lang, getKind(data.kind).name);
  const label = storedLabel?.trim();
  const facts = containerFacts(node, t).filter(Boolean);
  const className = `asp-container asp-container--${containerVariant(node)}${isDropTarget ? ' is-drop-target' : ''}`;
  return (
    <div
      className={className}
      data-testid={`node-${id}`}
      data-kind={data.kind}
      data-trace={traceRole}
      onPointerEnter={handles.onPointerEnter}
      onPointerLeave={handles.onPointerLeave}
    >
      <NodeResizer
        isVisible={!!selected}
        minWidth={MIN_CONTAINER_SIZE.width}
        minHeight={MIN_CONTAINER_SIZE.height}
        onResizeEnd={onResizeEnd}
        lineClassName="asp-resize-line"
        handleClassName="asp-resize-handle"
      />
      <div className="asp-container__header" title={kindName}>
        <span className="asp-container__icon" aria-hidden="true">
          <CanvasIcon kind={data.kind} size={ICON_SIZE} />
        </span>
        <span className="asp-container__text">
          <span className="asp-container__label">{label || kindName}</span>
          {label && <span className="asp-container__kind">{kindName}</span>}
          {facts.length > 0 && <span className="asp-container__facts">{facts.join(' · ')}</span>}
        </span>
      </div>
      <NodeHandles nodeId={id} usable={handles.shown} />
      <NodeFindingBadge nodeId={id} />
      <TraceNodeBadge nodeId={id} />
    </div>
  );
}

export const ContainerNode = memo(ContainerNodeView, samePropsIgnoringPosition);
