/**
 * The hops of the answer in two headed groups, the request's and the response's, each
 * an ordered list numbered as the canvas badges are (one count across both groups).
 */
import type { TraceHop } from '../../domain/trace';
import { useTrace } from '../../store/trace';
import { useT } from '../useT';
import { HopRow } from './HopRow';
import { hopGroups } from './traceModel';

export function HopList({ hops }: { hops: readonly TraceHop[] }) {
  const t = useT();
  const step = useTrace((s) => s.step);
  return (
    <div className="asp-trace__hops" data-testid="trace-hops">
      {hopGroups(hops).map((group) => (
        <section key={group.phase} data-testid={`trace-hops-${group.phase}`}>
          <h3 className="asp-trace__subtitle">{t(`trace.phase.${group.phase}`)}</h3>
          <ol className="asp-trace__hop-list" start={group.hops[0].index + 1}>
            {group.hops.map(({ hop, index }) => (
              <HopRow key={index} hop={hop} index={index} current={step === index} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
