/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The built app's Content Security Policy. Everything the app loads comes from its own
 * origin; it never talks to a server (diagrams stay in the browser, share links carry
 * the document in the URL fragment), so nothing else is allowed.
 * - img-src data: blob: — the palette and canvas icons are data: SVG URLs; PNG export
 *   draws the SVG scene through a blob: image; PNG import and downloads use blob: URLs.
 * - style-src has no 'unsafe-inline': React and React Flow set styles through the
 *   CSSOM (element.style), which the policy does not govern, and the app injects no
 *   <style> element or style attribute in markup.
 * - No 'unsafe-eval' anywhere: neither the app, ELK (GWT output) nor the layout worker
 *   evaluates strings, and the worker is a file of its own (assets/elk.worker-*.js).
 * - script-src 'wasm-unsafe-eval' lets the page and its workers compile WebAssembly,
 *   and nothing else: only the Terraform parser (HashiCorp's HCL parser compiled from
 *   Go, src/open/terraform/) is WebAssembly, loaded from the app's own files when a
 *   Terraform file is opened. Strings still cannot be evaluated as code.
 */
export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'style-src': ["'self'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/**
 * Directives a <meta> policy cannot carry (browsers ignore them there and log a
 * warning): only a host's response header can refuse framing.
 */
const HEADER_ONLY_POLICY: Record<string, string[]> = {
  'frame-ancestors': ["'none'"],
};

function policyText(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * The policy goes into the built index.html only: the dev server's hot reload runs
 * inline scripts and evaluated modules that it would refuse. It is the first element
 * of <head>, so it covers every script and stylesheet after it.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: policyText(CONTENT_SECURITY_POLICY),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

// base './' so that the static build works when served from any path.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  // The dev server pre-bundles the dependencies it finds by crawling from index.html; it
  // does not look into workers, so it found ELK only on the first auto layout, then
  // re-bundled and reloaded the page in the middle of it.
  optimizeDeps: { include: ['elkjs/lib/elk.bundled.js', '@cdktf/hcl2json/wasm/wasm_exec.js'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  // `vite preview` (the end-to-end tests' server) sends the policy as a header as well,
  // as a host should: the header also covers the layout worker's script, which a
  // <meta> cannot reach, and it can refuse framing.
  preview: {
    headers: {
      'Content-Security-Policy': policyText({ ...CONTENT_SECURITY_POLICY, ...HEADER_ONLY_POLICY }),
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'presets/**/*.test.ts'],
    environment: 'node',
  },
});
