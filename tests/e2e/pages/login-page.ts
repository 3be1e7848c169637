import { expect, type Locator, type Page } from '@playwright/test';

/** The sign-in screen at /login, driven through its data-testids and labels. */
export class LoginPage {
  readonly form: Locator;
  readonly user: Locator;
  readonly password: Locator;
  readonly advanced: Locator;
  readonly host: Locator;
  readonly port: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('login-form');
    this.user = this.form.getByLabel('User name');
    this.password = this.form.getByLabel('Password');
    this.advanced = this.form.getByText('Advanced', { exact: true });
    this.host = this.form.getByLabel('IMAP server');
    this.port = this.form.getByLabel('Port');
    this.submit = this.form.getByRole('button', { name: /^Sign(ing)? in/ });
    this.error = page.getByTestId('login-error');
  }

  async goto(): Promise<void> {
    await this.page.goto('/login');
    await expect(this.form).toBeVisible();
  }

  /** Fills and submits the form; does not wait for the outcome (see signInAndWait / expectError). */
  async signIn(user: string, password: string, server?: { host?: string; port?: number }): Promise<void> {
    await this.user.fill(user);
    await this.password.fill(password);
    if (server) {
      await this.advanced.click();
      if (server.host !== undefined) await this.host.fill(server.host);
      if (server.port !== undefined) await this.port.fill(String(server.port));
    }
    await this.submit.click();
  }

  /**
   * Signs in and waits for the mail shell's URL. A refused sign-in fails at once with the
   * form's error code (say IMAP_UNAVAILABLE while Dovecot is down), not at the test timeout.
   */
  async signInAndWait(user: string, password: string): Promise<void> {
    await this.signIn(user, password);
    const signedIn = this.page.waitForURL(/\/mail\/[A-Za-z0-9_-]+/).then(() => null);
    const refused = this.error.waitFor().then(() => this.error.getAttribute('data-code'));
    // The loser keeps waiting until the page closes; its rejection then means nothing.
    for (const outcome of [signedIn, refused]) outcome.catch(() => {});
    const code = await Promise.race([signedIn, refused]);
    if (code !== null) throw new Error(`sign-in as ${user} was refused with ${code}`);
  }

  /** The error's stable code (data-code), for asserting the branch taken rather than the wording. */
  async errorCode(): Promise<string | null> {
    await expect(this.error).toBeVisible();
    return this.error.getAttribute('data-code');
  }
}
