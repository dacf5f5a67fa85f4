/** A preset's thumbnail: its node rectangles as one small SVG (see preview.ts). */
import { useMemo } from 'react';
import type { Diagram } from '../domain/document/types';
import type { Preview } from './preview';
import { presetPreview } from './preview';

export function PresetPreview({ doc }: { doc: Diagram }) {
  const preview = useMemo(() => presetPreview(doc), [doc]);
  return <PreviewSvg preview={preview} />;
}

/** A computed thumbnail (the diagram library stores one per record). */
export function PreviewSvg({ preview: { viewBox, rects } }: { preview: Preview }) {
  return (
    <svg
      className="asp-preset-preview"
      viewBox={viewBox}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      focusable="false"
    >
      {rects.map((r) => (
        <rect
          key={r.id}
          x={r.x}
          y={r.y}
          width={r.width}
          height={r.height}
          rx={r.container ? 6 : 10}
          className={`asp-preset-preview__${r.container ? 'box' : 'leaf'} asp-preset-preview--${r.tone}`}
        />
      ))}
    </svg>
  );
}
