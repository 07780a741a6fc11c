// Types of the <resolint-checker> element (resolint.js). The report types come from the core.
import type { Report } from './resolint_core.js';

export declare class ResolintChecker extends HTMLElement {
  /** The text being checked (get/set). */
  value: string;
  /** The latest report, or null before the first check. Read-only. */
  readonly report: Report | null;
  /** The editor's selection in UTF-16 offsets of the text, or null. */
  readonly selection: { start: number; end: number; text: string } | null;
  /** The draft's language: the `lang` attribute, or the detected one when it is "auto" (null before the first check). Its `dir` follows: Arabic is right to left. */
  readonly draftLanguage: 'en' | 'zh' | 'fr' | 'es' | 'ru' | 'ar' | null;
  /** How the latest check ran. */
  readonly lastCheck?: { worker: boolean; ms: number; length: number };
  /** Checks now; resolves with the report. */
  check(): Promise<Report>;
  /** Applies every fix of the findings shown; resolves with the new text. */
  applyAllFixes(): Promise<string>;
  /** Forgets every ignored finding. */
  clearIgnored(): void;
}

/** The longest text the widget accepts (UTF-16 code units, 20 MiB); longer pastes are refused with a message. */
export declare const MAX_LENGTH: number;

/** The core's API (validate, rules, applyFixes, version, validateFloor), once loaded. */
export declare function resolintCore(): Promise<typeof import('./resolint_core.js')>;

declare global {
  interface HTMLElementTagNameMap {
    'resolint-checker': ResolintChecker;
  }
  interface HTMLElementEventMap {
    'resolint-report': CustomEvent<Report>;
  }
}
