/**
 * How a network ACL check reads in a message: NACL-02's finding and the traffic
 * trace's NACL hops say the same thing about the same check.
 */
import type { Localized } from '../document/types';
import { message, nodeRef } from '../rules/text';
import type { NaclCheck } from './crossing';
import type { NaclVerdict } from './nacl';
import { hasPorts } from './ports';
import { directionText, naclRowText } from './rows';
import { addressText } from './topology';
import { trafficText } from './traffic';

function phaseText(check: NaclCheck): Localized {
  return check.phase === 'request'
    ? { en: 'request', ja: 'リクエスト' }
    : { en: 'responses', ja: '応答' };
}

/** Why the verdict came out as it did: the deciding row, or the final implicit deny. */
function reasonText(check: NaclCheck, verdict: NaclVerdict): Localized {
  if (verdict.allowed) {
    return message(
      (a) => `${a.row} allows it`,
      (a) => `${a.row}が許可`,
      { row: naclRowText(verdict.allowedBy) },
    );
  }
  const port = hasPorts(check.traffic.protocol) ? String(verdict.port) : '';
  return verdict.deniedBy
    ? message(
        (a) => `${a.row} denies ${a.port ? `port ${a.port}` : 'it'}`,
        (a) => `${a.row}が${a.port ? `ポート ${a.port} を` : ''}拒否`,
        { row: naclRowText(verdict.deniedBy), port },
      )
    : message(
        (a) => `no rule allows ${a.port ? `port ${a.port}` : 'it'}, so it is denied`,
        (a) => `${a.port ? `ポート ${a.port} を` : ''}許可するルールがないため拒否`,
        { port },
      );
}

/**
 * "Network ACL 'x' of Subnet 'y' blocks the request (TCP 443) in from 0.0.0.0/0
 * (inbound: rule 100 (deny TCP 443, 0.0.0.0/0) denies port 443)", or "lets … through".
 */
export function naclCheckText(check: NaclCheck, verdict: NaclVerdict): Localized {
  const inbound = check.direction === 'inbound';
  const args = {
    nacl: nodeRef(check.nacl),
    subnet: nodeRef(check.subnet),
    phase: phaseText(check),
    traffic: trafficText(check.traffic),
    peer: addressText(check.peer),
    dir: directionText(check.direction),
    reason: reasonText(check, verdict),
  };
  if (verdict.allowed) {
    return message(
      (a) =>
        `${a.nacl} of ${a.subnet} lets the ${a.phase} (${a.traffic}) ${inbound ? 'in from' : 'out to'} ${a.peer} through (${a.dir}: ${a.reason})`,
      (a) =>
        `${a.subnet}の${a.nacl}は、${a.peer}${inbound ? 'から' : 'へ'}の${a.phase}（${a.traffic}）を${a.dir}で通します（${a.reason}）`,
      args,
    );
  }
  return message(
    (a) =>
      `${a.nacl} of ${a.subnet} blocks the ${a.phase} (${a.traffic}) ${inbound ? 'in from' : 'out to'} ${a.peer} (${a.dir}: ${a.reason})`,
    (a) =>
      `${a.subnet}の${a.nacl}が、${a.peer}${inbound ? 'から' : 'へ'}の${a.phase}（${a.traffic}）を${a.dir}で遮断しています（${a.reason}）`,
    args,
  );
}
