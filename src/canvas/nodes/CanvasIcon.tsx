/** A kind's icon on the canvas: one shared image per kind (iconImages.ts). */
import { memo } from 'react';
import type { KindId } from '../../domain/kinds/types';
import { kindIconUrl } from '../iconImages';

function CanvasIconView({ kind, size }: { kind: KindId; size: number }) {
  // A kind from a newer file than this app knows shows no icon rather than throwing.
  const url = kindIconUrl(kind);
  if (!url) return null;
  return <img src={url} width={size} height={size} alt="" draggable={false} decoding="async" />;
}

export const CanvasIcon = memo(CanvasIconView);
