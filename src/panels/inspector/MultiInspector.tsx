/** Several things selected: how many, and a way to delete them all (one undo step). */
import { deleteSelection } from '../../canvas/editActions';
import type { Selection } from '../../store/editorStore';
import { useT } from '../useT';

export function MultiInspector({ selection }: { selection: Selection }) {
  const t = useT();
  return (
    <div className="asp-inspector__body" data-testid="inspector-multi">
      <p data-testid="inspector-count">
        {t('inspector.multi', {
          nodes: selection.nodes.length,
          edges: selection.edges.length,
        })}
      </p>
      <button
        type="button"
        className="asp-button asp-button--danger"
        data-testid="inspector-delete"
        onClick={deleteSelection}
      >
        {t('inspector.multi.delete')}
      </button>
    </div>
  );
}
