/**
 * Reading the universe config (`data/universe.json`, shape in src/model/universe.ts): validated
 * with zod; an invalid file is a data error naming the file and the field.
 */
import path from 'node:path';
import { BriefError } from '../errors.js';
import { universeSchema, type Universe } from '../model/universe.js';

/** Every symbol of the universe with where it is named, e.g. ['sectors.3', 'XLF']. */
function namedSymbols(u: Universe): [string, string][] {
  return [
    ...Object.entries(u.indices).map(([k, e]): [string, string] => [`indices.${k}`, e.symbol]),
    ...u.etfs.map((e, k): [string, string] => [`etfs.${k}`, e.symbol]),
    ...u.sectors.map((e, k): [string, string] => [`sectors.${k}`, e.symbol]),
    ...u.megaCaps.map((e, k): [string, string] => [`megaCaps.${k}`, e.symbol]),
  ];
}

/** Every role names a symbol of the universe; cyclicals and defensives are distinct sectors. */
function checkRoles(u: Universe, file: string, known: ReadonlySet<string>): void {
  const r = u.roles;
  for (const key of ['smallCapFund', 'largeCapFund', 'rotationBenchmark'] as const) {
    if (!known.has(r[key])) throw roleError(file, key, `${r[key]} is not named in the universe`);
  }
  const sectors = new Set(u.sectors.map((x) => x.symbol));
  const cyclical = new Set(r.cyclicals);
  for (const key of ['cyclicals', 'defensives'] as const) {
    r[key].forEach((sym, k) => {
      if (!sectors.has(sym)) throw roleError(file, `${key}.${k}`, `${sym} is not a sector`);
      if (key === 'defensives' && cyclical.has(sym))
        throw roleError(file, `${key}.${k}`, `${sym} is also a cyclical`);
    });
  }
}

function roleError(file: string, where: string, problem: string): BriefError {
  return new BriefError('data', `${file}: roles.${where}: ${problem}`);
}

/** Parse and validate the JSON text of a universe file; errors name `file` and the bad field. */
export function parseUniverse(text: string, file: string): Universe {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BriefError('data', `${file}: not valid JSON (${(e as Error).message})`);
  }
  const result = universeSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path.join('.') || '(root)';
    throw new BriefError('data', `${file}: ${path}: ${issue?.message ?? 'invalid'}`);
  }
  const u = result.data;
  const seen = new Map<string, string>();
  for (const [where, sym] of namedSymbols(u)) {
    const first = seen.get(sym);
    if (first !== undefined) {
      throw new BriefError(
        'data',
        `${file}: ${where}: ${sym} is already named at ${first}`,
        'each symbol may appear once in the universe',
      );
    }
    seen.set(sym, where);
  }
  checkRoles(u, file, new Set(seen.keys()));
  u.pairs.forEach((p, k) => {
    for (const s of [p.small, p.large]) {
      if (!seen.has(s)) throw new BriefError('data', `${file}: pairs.${k}: unknown symbol ${s}`);
    }
    if (p.small === p.large) {
      throw new BriefError('data', `${file}: pairs.${k}: ${p.small} is paired with itself`);
    }
  });
  return u;
}

/** Read and validate DATA/universe.json (a data error naming the file when it cannot be read). */
export async function loadUniverse(
  dataDir: string,
  read: (file: string) => Promise<string>,
): Promise<Universe> {
  const file = path.join(dataDir, 'universe.json');
  const text = await read(file).catch((e: NodeJS.ErrnoException) => {
    if (e instanceof BriefError) throw e;
    throw new BriefError(
      'data',
      `${file}: cannot read (${e.code ?? e.message})`,
      '--data must name a folder holding universe.json and closes/',
    );
  });
  return parseUniverse(text, file);
}
