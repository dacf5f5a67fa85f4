/**
 * The app shell: toolbar on top; palette, canvas and the right column below. The right
 * column holds the inspector on top and, under it, the findings panel's slot (the
 * trace panel's while the Trace traffic tool is open).
 */
import { useEffect } from 'react';
import { Canvas } from '../canvas/Canvas';
import { Inspector } from '../panels/Inspector';
import { Notices } from '../panels/Notices';
import { Palette } from '../panels/Palette';
import { ShortcutHelp } from '../panels/ShortcutHelp';
import { Toolbar } from '../panels/Toolbar';
import { LayoutButton } from '../layout/LayoutButton';
import { ExportMenu } from '../export/ExportMenu';
import { ShareButton } from '../export/ShareButton';
import { FindingsPanel } from '../panels/findings/FindingsPanel';
import { FindingsSummary } from '../panels/findings/FindingsSummary';
import { PresetsButton } from '../presets/PresetsButton';
import { LearnButton } from '../learn/LearnButton';
import { LibraryButton } from '../library/LibraryButton';
import { LibraryStatus } from '../library/LibraryStatus';
import { PresetBanner } from '../presets/PresetBanner';
import { ImportReportHost } from '../open/importReport/ImportReportHost';
import { TraceButton } from '../panels/trace/TraceButton';
import { TraceNodeMenu } from '../panels/trace/TraceNodeMenu';
import { TracePanel } from '../panels/trace/TracePanel';
import { useEditor } from '../store/editorStore';
import { useTrace } from '../store/trace';
import '../panels/panels.css';
import './app.css';

export function App() {
  const lang = useEditor((s) => s.lang);
  const tracing = useTrace((s) => s.open);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <div className="asp-app">
      <div className="asp-app__toolbar">
        <Toolbar>
          <LibraryButton />
          <PresetsButton />
          <LearnButton />
          <LayoutButton />
          <ExportMenu />
          <ShareButton />
          <TraceButton />
          <FindingsSummary />
        </Toolbar>
      </div>
      <div className="asp-app__body">
        <div className="asp-app__left">
          <Palette />
        </div>
        <main className="asp-app__center">
          <Canvas />
          <PresetBanner />
          <LibraryStatus />
          <ImportReportHost />
          {/* The canvas's node menu: inside the main landmark, like the canvas it belongs to. */}
          <TraceNodeMenu />
        </main>
        <div className="asp-app__right" data-testid="right-column">
          <div className="asp-app__inspector">
            <Inspector />
          </div>
          {/* The trace panel takes the findings panel's place while the tool is open. */}
          {tracing ? (
            <div className="asp-app__trace">
              <TracePanel />
            </div>
          ) : (
            <div className="asp-app__findings">
              <FindingsPanel />
            </div>
          )}
        </div>
      </div>
      <Notices />
      <ShortcutHelp />
    </div>
  );
}
