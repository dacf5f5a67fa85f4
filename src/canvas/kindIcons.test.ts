import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../domain/kinds/catalogue';
import type { KindId } from '../domain/kinds/types';
import { KIND_ICONS, KindIcon } from './kindIcons';

describe('KIND_ICONS', () => {
  it('has one icon for every kind and nothing else', () => {
    expect(Object.keys(KIND_ICONS).sort()).toEqual(KINDS.map((k) => k.id).sort());
    for (const kind of KINDS) expect(typeof KIND_ICONS[kind.id], kind.id).toBe('function');
  });

  it("uses the module the catalogue names for each kind's icon", async () => {
    for (const kind of KINDS) {
      const mod = (await import(`aws-react-icons/icons/${kind.icon}`)) as { default: unknown };
      expect(KIND_ICONS[kind.id], `${kind.id}: ${kind.icon}`).toBe(mod.default);
    }
  });
});

describe('KindIcon', () => {
  it('renders the kind icon as a decorative svg of the given size', () => {
    const html = renderToStaticMarkup(createElement(KindIcon, { kind: 'waf', size: 32 }));
    expect(html).toMatch(/^<svg/);
    expect(html).toContain('width="32"');
    expect(html).toContain('aria-hidden="true"');
    expect(html).toContain('WAF');
  });

  it('renders nothing for a kind this app does not know', () => {
    const html = renderToStaticMarkup(
      createElement(KindIcon, { kind: 'quantum-firewall' as KindId }),
    );
    expect(html).toBe('');
  });
});
