/**
 * One selected node: its label, its container, every prop of its kind, its connections,
 * what it is and where it belongs.
 */
import { getKind } from '../../domain/kinds/catalogue';
import type { DiagramNode } from '../../domain/document/types';
import { CanvasIcon } from '../../canvas/nodes/CanvasIcon';
import { pick } from '../../i18n';
import { useLang, useT } from '../useT';
import { ConnectionsSection } from './ConnectField';
import { DraftInput, anyText } from './DraftInput';
import { editNode } from './edits';
import { useInspectorFocus } from './inspectorFocus';
import { ParentField } from './ParentField';
import { PropControl } from './PropControl';

export function NodeInspector({ node }: { node: DiagramNode }) {
  const t = useT();
  const lang = useLang();
  const kind = getKind(node.kind);
  const props = Object.entries(kind.props);
  const headingRef = useInspectorFocus<HTMLHeadingElement>(node.id);

  return (
    <div className="asp-inspector__body" data-testid="inspector-node">
      <div className="asp-inspector__head">
        <CanvasIcon kind={node.kind} size={32} />
        <div>
          <h2 className="asp-inspector__kind" ref={headingRef} tabIndex={-1}>
            {pick(lang, kind.name)}
          </h2>
          <p className="asp-muted asp-mono" data-testid="inspector-id">
            {t('inspector.id', { id: node.id })}
          </p>
        </div>
      </div>

      <DraftInput
        // Remounted per node, so that a pending edit of one node never lands on another.
        key={node.id}
        value={node.label ?? ''}
        check={anyText}
        onCommit={(label) => editNode(node.id, { label })}
        label={t('inspector.label')}
        placeholder={pick(lang, kind.name)}
        testId="inspector-label"
      />
      <ParentField key={`${node.id}:parent`} node={node} />

      <section className="asp-inspector__section" aria-labelledby="asp-inspector-props">
        <h3 id="asp-inspector-props">{t('inspector.props')}</h3>
        {props.length === 0 && <p className="asp-muted">{t('inspector.noProps')}</p>}
        {props.map(([name, spec]) => (
          <PropControl key={`${node.id}:${name}`} node={node} name={name} spec={spec} />
        ))}
      </section>

      <ConnectionsSection node={node} />

      <section className="asp-inspector__section" aria-labelledby="asp-inspector-about">
        <h3 id="asp-inspector-about">{t('inspector.about')}</h3>
        <p data-testid="inspector-description">{pick(lang, kind.description)}</p>
        <h4>{t('inspector.placement')}</h4>
        <ul className="asp-inspector__placement" data-testid="inspector-placement">
          {kind.placement.map((p) => (
            <li key={p}>{t(`inspector.placement.${p}`)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
