#!/usr/bin/env node
/**
 * Generates src/xero/openapi/accounting.d.ts (types only) from the vendored openapi/xero_accounting.yaml
 * with openapi-typescript, formatted by biome so the committed file is lint-clean and stable.
 *
 *   node scripts/generate-openapi-types.mjs          writes the file  (npm run generate)
 *   node scripts/generate-openapi-types.mjs --check  exits 1 when the committed file is stale (CI)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse as parseYaml } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const spec = join(root, 'openapi', 'xero_accounting.yaml');
const target = join(root, 'src', 'xero', 'openapi', 'accounting.d.ts');
const check = process.argv.includes('--check');

const header = `/**
 * Types of Xero's Accounting API, generated from openapi/xero_accounting.yaml (Xero's official OpenAPI
 * document, MIT) by openapi-typescript. Do not edit: run \`npm run generate\`; \`npm run generate:check\`
 * fails when this file is stale.
 */
`;

/**
 * Whole request and response examples (a full trial-balance report, a page of invoices) would be copied
 * into the comments and double the file; field-level examples stay. The fidelity and nock tests read
 * the full examples from the YAML itself.
 */
function withoutMediaExamples(document) {
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item)) {
      if (!operation || typeof operation !== 'object') continue;
      const media = [
        ...Object.values(operation.requestBody?.content ?? {}),
        ...Object.values(operation.responses ?? {}).flatMap((response) =>
          Object.values(response?.content ?? {}),
        ),
      ];
      for (const entry of media) {
        delete entry.example;
        delete entry.examples;
      }
    }
  }
  return document;
}

const document = withoutMediaExamples(parseYaml(readFileSync(spec, 'utf8'), { maxAliasCount: -1 }));
const ast = await openapiTS(document, {
  // Xero marks many fields with a default (e.g. "false"); they stay optional in what we send and read.
  defaultNonNullable: false,
});
const generated = header + astToString(ast);
const biome = join(root, 'node_modules', '.bin', 'biome');
const formatted = execFileSync(biome, ['format', `--stdin-file-path=${relative(root, target)}`], {
  cwd: root,
  input: generated,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});

if (check) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== formatted) {
    console.error(
      `${relative(root, target)} is stale: it differs from what ${relative(root, spec)} generates. Run \`npm run generate\` and commit it.`,
    );
    process.exit(1);
  }
  console.log(`${relative(root, target)} is current.`);
} else {
  writeFileSync(target, formatted);
  console.log(`wrote ${relative(root, target)} (${formatted.length} characters)`);
}
