/** User-visible strings of the trace drawn on the canvas (path, hop badges, packet, exposure badges). Keys start with 'traceCanvas.'; both languages have every key. */
export const traceCanvasMessages = {
  en: {
    'traceCanvas.hop.allow': 'Hop {hops}: allowed',
    'traceCanvas.hop.deny': 'Hop {hops}: blocked',
    'traceCanvas.hop.inspect': 'Hop {hops}: inspected',
    'traceCanvas.packet.moving': 'Packet of the trace',
    'traceCanvas.packet.blocked': 'The packet is blocked here',
    'traceCanvas.packet.stopped': 'The threat is stopped here',
    'traceCanvas.packet.done': 'The response is back at the source',
    'traceCanvas.exposure.ports': 'Reachable from the internet on ports {ports}',
    'traceCanvas.exposure.risky': 'Open to the internet on a risky port: {ports}',
    'traceCanvas.exposure.entry': 'Entry point from the internet',
    'traceCanvas.exposure.entryShort': 'entry',
  },
  ja: {
    'traceCanvas.hop.allow': 'ホップ {hops}: 許可',
    'traceCanvas.hop.deny': 'ホップ {hops}: ブロック',
    'traceCanvas.hop.inspect': 'ホップ {hops}: 検査',
    'traceCanvas.packet.moving': 'トレースのパケット',
    'traceCanvas.packet.blocked': 'パケットはここでブロックされます',
    'traceCanvas.packet.stopped': '脅威はここで止められます',
    'traceCanvas.packet.done': '応答が送信元に戻りました',
    'traceCanvas.exposure.ports': 'インターネットからポート {ports} に到達できます',
    'traceCanvas.exposure.risky': '危険なポートがインターネットに開いています: {ports}',
    'traceCanvas.exposure.entry': 'インターネットからの入口',
    'traceCanvas.exposure.entryShort': '入口',
  },
} as const;
