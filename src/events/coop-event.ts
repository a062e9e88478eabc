/**
 * The base of coop-widgets' events: a typed `detail`, and `bubbles` + `composed` so the
 * event leaves the element's shadow root and reaches listeners on the page.
 */
export abstract class CoopEvent<Detail> extends Event {
  readonly detail: Detail;

  protected constructor(type: string, detail: Detail) {
    super(type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}
