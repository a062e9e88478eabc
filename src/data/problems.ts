/**
 * What can be wrong with data or an attribute, as the elements and `coop-error` report it.
 * The data layer keeps what went wrong as codes with their parameters (see load.ts,
 * messages.ts); `message` is a sentence made when it is read, in the page's language at
 * that moment, so a view that re-renders after a language switch tells it in the new one.
 */

/** Why data could not be shown (or some of it was set aside), or why an attribute cannot be used. */
export interface CoopErrorDetail {
  /**
   * `network`: the request failed (offline, blocked, CORS); `http`: the server answered
   * with an error status; `timeout`: no answer in time; `parse`: the file is not JSON or
   * CSV; `schema`: the data is not in the expected shape, or some records were set aside;
   * `attribute`: an attribute names something that is not there (an unknown `partnership`
   * or `institution`), or takes a value the element cannot use.
   */
  readonly type: 'network' | 'http' | 'timeout' | 'parse' | 'schema' | 'attribute';
  /** What went wrong, in the page's language, for a person to read. */
  readonly message: string;
  /** The HTTP status, for `http` errors. */
  readonly status?: number;
  /** Each value or record of the file that was not used as written, or the attribute: where it is and what is wrong with it. */
  readonly issues?: readonly ReportedIssue[];
}

/** One problem: where it is (`path`; a spreadsheet's `line` and `column`), what is wrong and what was done (`message`). */
export interface ReportedIssue {
  /** A JSON path in the data (`partnerships[3].partners[0].lat`), or the attribute's name. */
  readonly path: string;
  /** The sentence, in the page's language: where, what was expected, what was found, what was done. */
  readonly message: string;
  /** `error`: a record was set aside (or nothing could be read); `warning`: a value was replaced, dropped or ignored; `info`: a value was read another way (a domain written as a label). */
  readonly severity?: 'error' | 'warning' | 'info';
  /** The spreadsheet row (1 is the header), for a CSV file. */
  readonly line?: number;
  /** The column as the file names it, for a CSV file. */
  readonly column?: string;
}

/** `problem` as it reads now: plain values, for an event's detail (an event is a moment). */
export function snapshot(problem: CoopErrorDetail): CoopErrorDetail {
  return {
    type: problem.type,
    message: problem.message,
    ...(problem.status !== undefined ? { status: problem.status } : {}),
    // A spread reads the getters: the sentences as they are now.
    ...(problem.issues ? { issues: problem.issues.map((i) => ({ ...i })) } : {}),
  };
}
