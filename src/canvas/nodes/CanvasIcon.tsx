/** A kind's icon on the canvas: one shared image when prepared, the SVG component otherwise. */
import { memo } from 'react';
import type { KindId } from '../../domain/kinds/types';
import { kindIconUrl } from '../iconImages';
import { KindIcon } from '../kindIcons';

function CanvasIconView({ kind, size }: { kind: KindId; size: number }) {
  const url = kindIconUrl(kind);
  if (!url) return <KindIcon kind={kind} size={size} />;
  return <img src={url} width={size} height={size} alt="" draggable={false} decoding="async" />;
}

export const CanvasIcon = memo(CanvasIconView);
