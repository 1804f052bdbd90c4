/** The texts of a brief's template folder, as read (templates.ts reads and compiles them). */
export interface TemplateSet {
  readonly dir: string;
  readonly main: string;
  readonly partials: Readonly<Record<string, string>>;
  readonly css: string;
  readonly methodology: string;
}
