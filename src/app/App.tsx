/**
 * The app shell: toolbar on top; palette, canvas and the right column below. The right
 * column holds the inspector on top and, under it, the findings panel's slot.
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
import { FindingsPanel } from '../panels/findings/FindingsPanel';
import { FindingsSummary } from '../panels/findings/FindingsSummary';
import { PresetsButton } from '../presets/PresetsButton';
import { PresetBanner } from '../presets/PresetBanner';
import { useEditor } from '../store/editorStore';
import '../panels/panels.css';
import './app.css';

export function App() {
  const lang = useEditor((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <div className="asp-app">
      <div className="asp-app__toolbar">
        <Toolbar>
          <PresetsButton />
          <LayoutButton />
          <ExportMenu />
          <FindingsSummary />
        </Toolbar>
      </div>
      <div className="asp-app__body">
        <div className="asp-app__left">
          <Palette />
        </div>
        <div className="asp-app__center">
          <Canvas />
          <PresetBanner />
        </div>
        <div className="asp-app__right" data-testid="right-column">
          <div className="asp-app__inspector">
            <Inspector />
          </div>
          <div className="asp-app__findings">
            <FindingsPanel />
          </div>
        </div>
      </div>
      <Notices />
      <ShortcutHelp />
    </div>
  );
}
