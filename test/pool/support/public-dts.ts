import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '../../..');

/** The package entries, as tsup.config.ts declares them (the bin has no types worth snapshotting). */
export const ENTRIES = {
  '.': 'src/index.ts',
  './testing': 'src/testing/index.ts',
  './redis': 'src/redis/index.ts',
  './postgres': 'src/postgres/index.ts',
  './otel': 'src/otel/index.ts',
} as const;

const OUT_NAMES: Record<keyof typeof ENTRIES, string> = {
  '.': 'index',
  './testing': 'testing/index',
  './redis': 'redis/index',
  './postgres': 'postgres/index',
  './otel': 'otel/index',
};

/**
 * Declarations openapi-typescript generates from Xero's spec (hundreds of KB): the snapshot keeps a hash
 * of each, not its text (`npm run generate:check` guards the file against the vendored spec).
 */
const GENERATED = new Set(['paths', 'components', 'operations', 'webhooks', '$defs']);

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(path)));
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out.sort();
}

/**
 * Builds the declaration bundles the way `npm run build` does (tsup's dts build, same entries), into a
 * cache keyed by the sources: the build is slow (tens of seconds on a busy machine), so it runs only
 * when a source, the tsconfig or the tsup config changed. Returns the directory holding the `.d.ts`.
 */
export async function buildPublicDts(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of [
    ...(await sourceFiles(join(ROOT, 'src'))),
    join(ROOT, 'tsconfig.json'),
    join(ROOT, 'tsup.config.ts'),
  ]) {
    hash
      .update(relative(ROOT, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  }
  const cacheRoot = join(ROOT, 'node_modules/.cache/xero-connections-public-dts');
  const dir = join(cacheRoot, hash.digest('hex').slice(0, 16));
  if (existsSync(join(dir, 'index.d.ts'))) return dir;
  const { build } = await import('tsup');
  const tmp = `${dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(cacheRoot, { recursive: true });
  // Only the dts step, with the options tsup.config.ts gives it (kept in step by the shared entries).
  const config = (await import('../../../tsup.config.js')).default as { dts?: unknown };
  await build({
    entry: Object.fromEntries(
      (Object.keys(ENTRIES) as Array<keyof typeof ENTRIES>).map((k) => [OUT_NAMES[k], ENTRIES[k]]),
    ),
    dts: typeof config.dts === 'object' ? { ...config.dts, only: true } : { only: true },
    format: ['esm'],
    outDir: tmp,
    target: 'node20',
    external: ['ioredis', 'pg', '@opentelemetry/api'],
    silent: true,
    config: false,
    tsconfig: join(ROOT, 'tsconfig.json'),
  });
  await rm(dir, { recursive: true, force: true });
  await rename(tmp, dir);
  return dir;
}

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

/**
 * A canonical text of the built declarations, robust to formatting, comments, statement order and how
 * tsup splits shared types into hashed chunks: every declaration of every file, printed without comments
 * by the TypeScript printer and sorted; chunk imports reduced to the names they bring in; then each
 * entry's exported names.
 */
export async function canonicalDts(dir: string): Promise<string> {
  const files = (await listDts(dir)).sort();
  const declarations = new Set<string>();
  const exportsByEntry: Record<string, string[]> = {};
  for (const file of files) {
    const rel = relative(dir, file).replaceAll('\\', '/');
    const text = await readFile(file, 'utf8');
    const source = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const entry = (Object.keys(OUT_NAMES) as Array<keyof typeof OUT_NAMES>).find(
      (k) => `${OUT_NAMES[k]}.d.ts` === rel,
    );
    for (const statement of source.statements) {
      if (ts.isImportDeclaration(statement)) continue; // imports of chunks and zod: the declarations say it all
      if (ts.isExportDeclaration(statement)) {
        if (entry !== undefined && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
          const names = statement.exportClause.elements.map((e) => e.name.text);
          exportsByEntry[entry] = [...(exportsByEntry[entry] ?? []), ...names];
        }
        continue;
      }
      // The printer's output depends only on the syntax tree: formatting and comments cannot leak in.
      const printed = printer.printNode(ts.EmitHint.Unspecified, statement, source).trim();
      const name =
        ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)
          ? statement.name.text
          : undefined;
      if (name !== undefined && GENERATED.has(name) && printed.length > 2000) {
        const digest = createHash('sha256').update(printed).digest('hex').slice(0, 16);
        declarations.add(`// ${name}: generated from openapi/xero_accounting.yaml, sha256 ${digest}`);
        continue;
      }
      declarations.add(printed);
    }
  }
  const lines = ['// Exported names by entry'];
  for (const entry of Object.keys(ENTRIES)) {
    lines.push(`// ${entry}`, ...[...new Set(exportsByEntry[entry] ?? [])].sort().map((n) => `//   ${n}`));
  }
  lines.push('', '// Every declaration of the built .d.ts files (entries and shared chunks), sorted', '');
  lines.push([...declarations].sort().join('\n\n'));
  return `${lines.join('\n')}\n`;
}

async function listDts(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listDts(path)));
    else if (entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}
