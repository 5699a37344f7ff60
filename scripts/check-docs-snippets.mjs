#!/usr/bin/env node
/**
 * Type-checks every code block of README.md and docs/**\/*.md (not docs/api) against the source, under
 * the project's strict tsconfig (its `paths` map `@wise-pay/xero-connections`, `/testing` and `/redis` to
 * src/). Usage: `node scripts/check-docs-snippets.mjs`; exits 1 naming the markdown file and line of
 * every failure.
 *
 * Which blocks, and how:
 * - ```ts / ```typescript: extracted to `.docs-check/<file>-<n>.ts`, one ES module each (top-level await
 *   works; names do not leak between blocks).
 * - ```js / ```javascript: CommonJS as a Node user writes it, extracted to `.docs-check/<file>-<n>.cjs`
 *   and checked with `checkJs` (ESM examples belong in ```ts blocks).
 * - Any other fence language (sh, json, sql, text…) is not code to compile.
 *
 * Two directives, an HTML comment on the line right above the fence (invisible when rendered):
 * - `<!-- snippet-context: handling-errors[, other] -->` — the block uses host-app placeholders
 *   (`pool`, `showReconnectPrompt`…) declared in `docs/snippet-context/<name>.ts` (exported `declare`
 *   statements and types). The script imports, at the block's end (so its line numbers are kept), each
 *   name of that file the block mentions and does not declare itself.
 * - `<!-- snippet-source: test/docs/testing-guide.test.ts#health -->` — the block is a copy of the
 *   `// #region health` … `// #endregion` part of that file, which CI compiles and runs. The block
 *   must equal the region (indentation and trailing spaces aside); it is not compiled again here.
 * Any other `snippet-*` comment is an error, so a typo cannot skip a block silently.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.docs-check');
const contextDir = join(root, 'docs', 'snippet-context');

const COMPILED = { ts: 'ts', typescript: 'ts', js: 'cjs', javascript: 'cjs' };
const DIRECTIVE = /^\s*<!--\s*(snippet-[\w-]*)\s*:?\s*(.*?)\s*-->\s*$/;
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)/;

/** README.md and every markdown file under docs/ except the generated API reference. */
function markdownFiles() {
  const found = [join(root, 'README.md')];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (relative(root, path) !== join('docs', 'api')) walk(path);
      } else if (entry.name.endsWith('.md')) found.push(path);
    }
  };
  walk(join(root, 'docs'));
  return found.sort();
}

/** Fenced blocks with their language, 1-based line of the first code line, and the directive above. */
function blocksOf(text) {
  const lines = text.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    let end = i + 1;
    while (end < lines.length && !lines[end].trimStart().startsWith(fence)) end++;
    const code = lines
      .slice(i + 1, end)
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()));
    const directive = i > 0 ? DIRECTIVE.exec(lines[i - 1]) : null;
    blocks.push({ lang: lang.toLowerCase(), firstLine: i + 2, fenceLine: i + 1, code, directive });
    i = end;
  }
  return blocks;
}

/** Names a block declares at its top level (imports, variables, functions, classes, types). */
function declaredNames(code) {
  const source = ts.createSourceFile('block.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names = new Set();
  const bind = (name) => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause) {
      const { name, namedBindings } = statement.importClause;
      if (name) names.add(name.text);
      if (namedBindings && ts.isNamespaceImport(namedBindings)) names.add(namedBindings.name.text);
      else if (namedBindings) for (const element of namedBindings.elements) names.add(element.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) bind(declaration.name);
    } else if (statement.name && ts.isIdentifier(statement.name)) {
      names.add(statement.name.text); // function, class, interface, type alias, enum
    }
  }
  return names;
}

/** An import of the names of `docs/snippet-context/<name>.ts` the block uses and does not declare. */
function contextImport(name, code, errors, where) {
  const file = join(contextDir, `${name}.ts`);
  if (!existsSync(file)) {
    errors.push(`${where} - snippet-context '${name}': ${relative(root, file)} does not exist`);
    return '';
  }
  const source = readFileSync(file, 'utf8');
  const exported = new Map();
  for (const m of source.matchAll(/^export\s+declare\s+(?:const|let|function|class|enum)\s+(\w+)/gm))
    exported.set(m[1], m[1]);
  for (const m of source.matchAll(/^export\s+(?:declare\s+)?(?:type|interface)\s+(\w+)/gm))
    exported.set(m[1], `type ${m[1]}`);
  const text = code.join('\n');
  const declared = declaredNames(text);
  const used = [...exported].filter(([n]) => !declared.has(n) && new RegExp(`\\b${n}\\b`).test(text));
  if (used.length === 0) {
    errors.push(`${where} - snippet-context '${name}': the block uses none of its names`);
    return '';
  }
  return `import { ${used.map(([, specifier]) => specifier).join(', ')} } from '../docs/snippet-context/${name}.js';`;
}

const normalise = (lines) => {
  const trimmed = lines.map((l) => l.trimEnd());
  while (trimmed.length > 0 && trimmed[0] === '') trimmed.shift();
  while (trimmed.length > 0 && trimmed.at(-1) === '') trimmed.pop();
  const indents = trimmed.filter((l) => l !== '').map((l) => l.length - l.trimStart().length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return trimmed.map((l) => l.slice(cut));
};

/** Compares a block with `// #region <name>` … `// #endregion` of a source file. */
function compareWithSource(spec, block, errors, where) {
  const [path, region] = spec.split('#');
  const file = join(root, path ?? '');
  if (!path || !region || !existsSync(file)) {
    errors.push(`${where} - snippet-source '${spec}': expected <existing file>#<region>`);
    return;
  }
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.trim() === `// #region ${region}`);
  const end = lines.findIndex((l, i) => i > start && l.trim().startsWith('// #endregion'));
  if (start < 0 || end < 0) {
    errors.push(`${where} - snippet-source: no '// #region ${region}' … '// #endregion' in ${path}`);
    return;
  }
  const expected = normalise(lines.slice(start + 1, end));
  const actual = normalise(block.code);
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    if (expected[i] !== actual[i]) {
      errors.push(
        `${where.replace(/:\d+$/, `:${block.firstLine + i}`)} - differs from ${path}#${region} ` +
          `(line ${start + 2 + i}):\n    doc:    ${actual[i] ?? '<end of block>'}\n    source: ${expected[i] ?? '<end of region>'}`,
      );
      return;
    }
  }
}

const errors = [];
const origins = new Map(); // generated file (relative to root) → { md, firstLine, lines }
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
let compiledCount = 0;
let comparedCount = 0;

for (const md of markdownFiles()) {
  const mdRel = relative(root, md);
  const slug = mdRel.replace(/\.md$/, '').replace(/[^\w]+/g, '-');
  let n = 0;
  for (const block of blocksOf(readFileSync(md, 'utf8'))) {
    const where = `${mdRel}:${block.fenceLine}`;
    const [, kind, argument] = block.directive ?? [];
    const extension = COMPILED[block.lang];
    if (kind && !extension) {
      errors.push(
        `${where} - ${kind} above a \`\`\`${block.lang || '(no language)'} block, which is not checked`,
      );
      continue;
    }
    if (!extension) continue;
    if (kind === 'snippet-source') {
      comparedCount++;
      compareWithSource(argument, block, errors, where);
      continue;
    }
    if (kind && kind !== 'snippet-context') {
      errors.push(`${where} - unknown directive '${kind}' (snippet-context or snippet-source)`);
      continue;
    }
    const contexts = kind ? argument.split(/[\s,]+/).filter(Boolean) : [];
    if (contexts.length > 0 && extension !== 'ts') {
      errors.push(`${where} - snippet-context is for \`\`\`ts blocks`);
      continue;
    }
    n++;
    const generated = join('.docs-check', `${slug}-${n}.${extension}`);
    const tail = contexts.map((name) => contextImport(name, block.code, errors, where));
    // Imports are hoisted, so the context goes after the block and the block keeps its line numbers.
    if (extension === 'ts') tail.push('export {};');
    writeFileSync(join(root, generated), `${[...block.code, ...tail].join('\n')}\n`);
    origins.set(generated, { md: mdRel, firstLine: block.firstLine, lines: block.code.length });
    compiledCount++;
  }
}

writeFileSync(
  join(outDir, 'tsconfig.json'),
  `${JSON.stringify(
    {
      extends: '../tsconfig.json',
      compilerOptions: { noEmit: true, allowJs: true, checkJs: true },
      include: ['./*.ts', './*.cjs', '../docs/snippet-context/*.ts'],
    },
    null,
    2,
  )}\n`,
);

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const run = spawnSync(
  process.execPath,
  [tsc, '--noEmit', '--pretty', 'false', '-p', join(outDir, 'tsconfig.json')],
  {
    cwd: root,
    encoding: 'utf8',
  },
);
if (run.error) throw run.error;

// tsc prints `file(line,col): error TSnnnn: message`, continuation lines indented under it.
for (const line of `${run.stdout}${run.stderr}`.split('\n')) {
  const m = /^(.+?)\((\d+),(\d+)\): (error|warning) (TS\d+: .*)$/.exec(line);
  if (!m) {
    if (line.trim() !== '' && errors.length > 0) errors[errors.length - 1] += `\n  ${line.trim()}`;
    else if (line.trim() !== '') errors.push(line);
    continue;
  }
  const [, file, row, col, , message] = m;
  const origin = origins.get(relative(root, resolve(root, file)));
  if (origin && Number(row) <= origin.lines) {
    errors.push(`${origin.md}:${origin.firstLine + Number(row) - 1}:${col} - ${message}`);
  } else if (origin) {
    errors.push(`${origin.md}:${origin.firstLine} (its snippet-context import) - ${message}`);
  } else {
    // A snippet-context file, or the source itself (which `npm run typecheck` also reports).
    errors.push(`${file}:${row}:${col} - ${message}`);
  }
}
if (run.status !== 0 && errors.length === 0) errors.push(`tsc exited with ${run.status}`);

if (errors.length > 0) {
  console.error(errors.join('\n'));
  console.error(`\ndocs snippets: ${errors.length} problem(s) in ${compiledCount + comparedCount} blocks`);
  process.exit(1);
}
console.log(`docs snippets: ${compiledCount} compiled, ${comparedCount} identical to their source — ok`);
