import type { Frame, Locator, Page } from '@playwright/test';
import { type DomCheckOptions, mailDomViolations } from '../support/mail-dom-check';
import type { TrafficRecorder } from '../support/traffic-recorder';

/** Where in the frame's document the pointer should go: element centres, deduplicated on a grid. */
interface Target {
  x: number;
  y: number;
}

/**
 * The open message's body as a reader meets it: hover everything, click every link, read the
 * text and pictures. Works on the sandboxed frame (HTML) or the text block (plain text).
 */
export class MessageFrame {
  constructor(
    readonly page: Page,
    /** The frame's document; null for a text body, which lives in the app's page. */
    readonly frame: Frame | null,
  ) {}

  /** The body element: the iframe or the text block. */
  get element(): Locator {
    return this.page.getByTestId('message-body').first();
  }

  /**
   * Moves the pointer over every element, scrolling the reading pane as a reader would:
   * mouseover, pointerenter and CSS `cursor` all need a real pointer. Points closer than 6 px
   * count once, and a DoS-sized body is sampled evenly down to `max` elements. The frame is as
   * tall as its content (it never scrolls itself), so page y = frame top + y.
   */
  async hoverEverything(max = 150): Promise<number> {
    if (!this.frame) return 0;
    const targets = await this.frame.evaluate((limit) => {
      const all = [...document.body.querySelectorAll('*'), document.body];
      const step = Math.max(1, Math.ceil(all.length / limit));
      const seen = new Set<string>();
      const points: Target[] = [];
      for (let i = 0; i < all.length; i += step) {
        const box = all[i]?.getBoundingClientRect();
        if (!box || box.width <= 0 || box.height <= 0) continue;
        const x = Math.max(1, Math.min(window.innerWidth - 2, box.left + Math.min(box.width / 2, 40)));
        const y = Math.max(1, box.top + window.scrollY + Math.min(box.height / 2, 20));
        const key = `${Math.round(x / 6)},${Math.round(y / 6)}`;
        if (!seen.has(key)) points.push({ x, y });
        seen.add(key);
      }
      return points.sort((a, b) => a.y - b.y);
    }, max);
    // The reading pane's scroll container; without one (a page built by a test) nothing scrolls.
    const scroller = this.element.locator('xpath=ancestor::*[@data-testid="message-view"][1]');
    const scrolls = (await scroller.count()) > 0;
    const viewport = this.page.viewportSize() ?? { width: 1280, height: 800 };
    const pane = (scrolls ? await scroller.boundingBox() : null) ?? { x: 0, y: 0, ...viewport };
    let box = await this.element.boundingBox();
    for (const target of targets) {
      if (!box) break;
      let y = box.y + target.y;
      if (y < pane.y + 4 || y > pane.y + pane.height - 4) {
        if (!scrolls) continue;
        await scroller.evaluate((element, by) => element.scrollBy(0, by), y - (pane.y + pane.height / 2));
        box = await this.element.boundingBox();
        if (!box) break;
        y = box.y + target.y;
        if (y < pane.y || y > pane.y + pane.height) continue; // past the end of the pane's scroll
      }
      await this.page.mouse.move(box.x + target.x, y);
    }
    if (scrolls) await scroller.evaluate((element) => element.scrollTo(0, 0));
    return targets.length;
  }

  /**
   * Clicks every link, area, button, image input and summary in the body, each inside
   * recorder.click so a tab it opens counts as the reader's. Links to a destination already
   * clicked are skipped (a DoS body holds 10,000 links to one URL), then at most `max` clicks.
   * A hidden element is skipped: a reader could not click it either.
   */
  async clickEverything(recorder: TrafficRecorder, max = 30): Promise<number> {
    const root = this.frame ? this.frame.locator('body') : this.element;
    const clickable = root.locator('a, area, button, input[type="submit"], input[type="image"], summary');
    const keys = await clickable.evaluateAll((elements) =>
      elements.map((element, index) => {
        const href = element.getAttribute('href') ?? element.getAttribute('xlink:href');
        return href === null ? `#${index}` : `${element.localName} ${href}`;
      }),
    );
    const picked = keys.flatMap((key, index) => (keys.indexOf(key) === index ? [index] : [])).slice(0, max);
    let clicked = 0;
    for (const index of picked) {
      const target = clickable.nth(index);
      if (!(await target.isVisible())) continue;
      // force: the click lands on whatever is drawn there, as a reader's would, with no waiting.
      const done = await recorder.click(() =>
        target
          .click({ force: true, timeout: 1_000 })
          .then(() => true)
          .catch(() => false),
      );
      if (done) clicked += 1;
    }
    return clicked;
  }

  /** What the mail left in the frame that it must not have (see mail-dom-check.ts); nothing for text. */
  async violations(options: DomCheckOptions): Promise<string[]> {
    return this.frame ? this.frame.evaluate(mailDomViolations, options) : [];
  }

  /** What the reader sees: rendered text, so words hidden by CSS or left in a dropped element do not count. */
  async text(): Promise<string> {
    const body = this.frame ? this.frame.locator('body') : this.element;
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point, not the DOM's
    return body.innerText();
  }

  /** Pictures from our parts endpoint (cid:), with whether each decoded. */
  async partImages(): Promise<{ src: string; width: number }[]> {
    if (!this.frame) return [];
    return this.frame
      .locator('img[src*="/api/messages/"]')
      .evaluateAll((images) =>
        (images as HTMLImageElement[]).map((image) => ({ src: image.src, width: image.complete ? image.naturalWidth : -1 })),
      );
  }

  async computedStyle(selector: string, property: string): Promise<string | null> {
    if (!this.frame) return null;
    const element = this.frame.locator(selector).first();
    if ((await element.count()) === 0) return null;
    return element.evaluate((node, name) => getComputedStyle(node).getPropertyValue(name), property);
  }

  /** The iframe's sandbox and referrer policy, as the app set them. */
  async frameAttributes(): Promise<{ sandbox: string | null; referrerPolicy: string | null }> {
    return this.element.evaluate((element) => ({
      sandbox: element.getAttribute('sandbox'),
      referrerPolicy: element.getAttribute('referrerpolicy'),
    }));
  }
}
