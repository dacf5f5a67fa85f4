/** The toolbar button that opens and closes the "Trace traffic" tool (also the `T` key). */
import { useTrace } from '../../store/trace';
import { useT } from '../useT';
import { toggleTraceTool } from './traceActions';
import './trace.css';

export function TraceButton() {
  const t = useT();
  const open = useTrace((s) => s.open);
  return (
    <button
      type="button"
      className={`asp-button${open ? ' is-on' : ''}`}
      data-testid="toolbar-trace"
      aria-pressed={open}
      title={t('trace.button.title')}
      onClick={() => toggleTraceTool()}
    >
      {t('trace.button')}
    </button>
  );
}
