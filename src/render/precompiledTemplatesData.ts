/**
 * The bundled templates precompiled when the CLI was built: null here (the source run, tests),
 * and replaced in dist/brief.mjs by the set scripts/build.mjs compiled from `templates/`
 * (precompiledTemplates.ts says what it holds and when it is used).
 */
import type { PrecompiledSet } from './precompiledTemplates.js';

export const PRECOMPILED_TEMPLATES: PrecompiledSet | null = null;
