/**
 * The selected node's container, as a select and a Move button: what a keyboard user
 * has instead of dragging a node into a VPC or a subnet. The containers where the kind
 * belongs (kinds.md placement) come first; the others follow in their own group, since
 * the editor lets users put anything anywhere and the validator then says why it is
 * wrong. A move is one undo step and announced. Choosing and moving are two steps so
 * that arrowing through the list does not move the node at every key.
 */
import { useId, useRef, useState } from 'react';
import { moveInto, parentChoices } from '../../canvas/placeInContainer';
import type { Diagram, DiagramNode } from '../../domain/document/types';
import { editorStore, useEditor } from '../../store/editorStore';
import { useLang, useT } from '../useT';
import { nodeName, placedName } from './labels';
import './linkFields.css';

/** The select's value for the top level (node ids are never empty). */
const TOP = '';

export function ParentField({ node }: { node: DiagramNode }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const doc = useEditor((s) => s.doc);
  const current = node.parent ?? TOP;
  // The choice belongs to the parent it was made against: after a move (or an undo)
  // the field shows the document again.
  const [draft, setDraft] = useState<{ base: string; value: string } | null>(null);
  const chosen = draft && draft.base === current ? draft.value : current;
  const choices = parentChoices(doc, node.id);

  const label = (parent: string | null) => {
    if (parent === null) return t('inspector.parent.top');
    const container = doc.nodes.find((n) => n.id === parent);
    return container ? placedName(lang, doc, container) : parent;
  };
  const option = (parent: string | null) => (
    <option key={parent ?? TOP} value={parent ?? TOP}>
      {label(parent)}
    </option>
  );

  const move = () => {
    const target = chosen === TOP ? null : chosen;
    const { commit, notify, doc: before } = editorStore.getState();
    commit((d: Diagram) => moveInto(d, node.id, target));
    setDraft(null);
    if (editorStore.getState().doc === before) return;
    notify({
      tone: 'info',
      text:
        target === null
          ? t('inspector.parent.movedTop', { node: nodeName(lang, node) })
          : t('inspector.parent.moved', { node: nodeName(lang, node), container: label(target) }),
    });
    selectRef.current?.focus();
  };

  return (
    <div className="asp-field">
      <label htmlFor={id} className="asp-field__label">
        {t('inspector.parent')}
      </label>
      <div className="asp-field__row">
        <select
          id={id}
          ref={selectRef}
          className="asp-input"
          data-testid="inspector-parent"
          value={chosen}
          onChange={(e) => setDraft({ base: current, value: e.target.value })}
        >
          {choices.fits.length > 0 && (
            <optgroup label={t('inspector.parent.fits')}>{choices.fits.map(option)}</optgroup>
          )}
          {choices.elsewhere.length > 0 && (
            <optgroup label={t('inspector.parent.elsewhere')}>
              {choices.elsewhere.map(option)}
            </optgroup>
          )}
        </select>
        <button
          type="button"
          className="asp-button asp-button--small"
          data-testid="inspector-parent-move"
          disabled={chosen === current}
          onClick={move}
        >
          {t('inspector.parent.move')}
        </button>
      </div>
    </div>
  );
}
