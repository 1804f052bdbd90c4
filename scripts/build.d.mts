/** Types of scripts/build.mjs, for the test that builds the bundle (test/build/bundle.test.ts). */
export declare const EXTERNAL: readonly string[];
export declare const BANNER: string;
export declare function buildCli(outdir?: string, templatesDir?: string): Promise<void>;
