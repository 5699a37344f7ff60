import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The import graph reads host → pool → {oauth, xero} → {limits, stores} → errors, with the shared contracts
// and a few small modules as leaves usable from anywhere below the public entry. No arrow runs back up and
// siblings do not import each other. Every relative import of every file in src/ is checked, `import type`
// included: a type import is still a dependency of the design.

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

type Layer =
  | 'entry'
  | 'host'
  | 'pool'
  | 'oauth'
  | 'xero'
  | 'redis'
  | 'postgres'
  | 'webhooks'
  | 'otel'
  | 'limits'
  | 'stores'
  | 'errors'
  | 'leaf'
  | 'simulator';

/** What each layer may import (besides itself). This map is the architecture: change it deliberately. */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  /** src/index.ts: the public face re-exports from every layer the product exposes. */
  entry: ['host', 'pool', 'oauth', 'xero', 'webhooks', 'limits', 'stores', 'errors', 'leaf'],
  /** The OpenTelemetry entry instruments a host from outside, through its events and metrics. */
  otel: ['host', 'pool', 'errors', 'leaf'],
  host: ['pool', 'oauth', 'xero', 'limits', 'stores', 'errors', 'leaf'],
  pool: ['oauth', 'xero', 'limits', 'stores', 'errors', 'leaf'],
  /** The OAuth lifecycle and the Xero call path are siblings: they meet through the contracts. */
  oauth: ['limits', 'stores', 'errors', 'leaf'],
  xero: ['limits', 'stores', 'errors', 'leaf'],
  /** The Redis backend implements stores and a limits engine; nothing in the SDK core imports it. */
  redis: ['limits', 'stores', 'errors', 'leaf'],
  /** The PostgreSQL backend, likewise. */
  postgres: ['limits', 'stores', 'errors', 'leaf'],
  /** Webhook receiving: verifies and routes Xero's events, fetches through a pool, sweeps from the store. */
  webhooks: ['pool', 'xero', 'stores', 'errors', 'leaf'],
  limits: ['errors', 'leaf'],
  stores: ['errors', 'leaf'],
  errors: ['leaf'],
  /** Leaves sit beside errors at the bottom: they may use errors (a typed ConfigurationError) and each other. */
  leaf: ['errors', 'leaf'],
  /** The Xero simulator (the `testing` entry) is a separate product: it shares only errors and leaves. */
  simulator: ['errors', 'leaf'],
};

/** Top-level modules that are leaves: contracts and small shared modules. */
const LEAF_FILES = new Set(['roles.ts', 'logger.ts', 'time-scale.ts', 'options.ts', 'loopback.ts']);

/**
 * Contracts that still live beside their implementations (the limits and stores areas own them): pure
 * interface files, so they count as leaves.
 */
const CONTRACT_FILES = new Set([
  'limits/limits-engine.ts',
  'stores/token-store.ts',
  'stores/pending-authorization-store.ts',
]);

/**
 * Known imports against the order, each with the reason it is tolerated for now. Keep this list short: an
 * entry is debt, and a new entry is a design decision to be reviewed.
 */
const KNOWN_EXCEPTIONS = new Set<string>([]);

const FOLDER_LAYERS: Record<string, Layer> = {
  contracts: 'leaf',
  pool: 'pool',
  oauth: 'oauth',
  xero: 'xero',
  redis: 'redis',
  postgres: 'postgres',
  webhooks: 'webhooks',
  otel: 'otel',
  limits: 'limits',
  stores: 'stores',
  errors: 'errors',
  testing: 'simulator',
};

/** The layer of a file, by its path under src/ (posix); undefined for a file nobody placed. */
function layerOf(file: string): Layer | undefined {
  if (file === 'index.ts') return 'entry';
  if (file === 'host.ts') return 'host';
  if (LEAF_FILES.has(file) || CONTRACT_FILES.has(file)) return 'leaf';
  const folder = file.split('/')[0] ?? '';
  return file.includes('/') ? FOLDER_LAYERS[folder] : undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module a file names: static imports and re-exports (type-only too), import() and import types. */
function importsOf(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

interface Edge {
  from: string;
  to: string;
  specifier: string;
}

/** Relative imports between files of src/, as paths under src/ (`.js` specifiers name `.ts` files). */
function edges(): Edge[] {
  return sourceFiles(SRC).flatMap((path) =>
    importsOf(path)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => ({
        from: relative(SRC, path).split('\\').join('/'),
        to: posix.normalize(
          relative(SRC, resolve(dirname(path), specifier))
            .split('\\')
            .join('/')
            .replace(/\.js$/, '.ts'),
        ),
        specifier,
      })),
  );
}

describe('the layers of src/', () => {
  const all = edges();

  it('finds the imports it checks', () => {
    // Guards the parser: a broken walk would find nothing and pass everything.
    expect(all.length).toBeGreaterThan(300);
    expect(all).toContainEqual(expect.objectContaining({ from: 'host.ts', to: 'pool/connection-pool.ts' }));
    expect(all.some((e) => e.specifier.startsWith('./') && e.from.startsWith('xero/'))).toBe(true);
  });

  it('places every file in a layer', () => {
    const files = sourceFiles(SRC).map((p) => relative(SRC, p).split('\\').join('/'));
    const unplaced = files.filter((f) => layerOf(f) === undefined);
    expect(unplaced, 'add these files to a layer in test/architecture/layers.test.ts').toEqual([]);
  });

  it('has no import leaving src/', () => {
    const outside = all
      .filter((e) => e.to.startsWith('../'))
      .map((e) => `${e.from} imports '${e.specifier}'`);
    expect(outside).toEqual([]);
  });

  it('has no import running back up or across to a sibling', () => {
    const offending: string[] = [];
    for (const edge of all) {
      const from = layerOf(edge.from);
      const to = layerOf(edge.to);
      if (from === undefined || to === undefined || from === to) continue;
      if (KNOWN_EXCEPTIONS.has(`${edge.from} -> ${edge.to}`)) continue;
      if (!MAY_IMPORT[from].includes(to)) {
        offending.push(`src/${edge.from} (${from}) imports '${edge.specifier}' (src/${edge.to}, ${to})`);
      }
    }
    expect(offending, 'imports against the layer order').toEqual([]);
  });
});
