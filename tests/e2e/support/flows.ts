// What a user does with the sign-in and sign-up forms, by role and accessible name as they see them.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';

export interface Person {
  name: string;
  email: string;
  password: string;
}

/** A new person with an address no other test uses, so tests never meet each other's accounts. */
export function newPerson(name: string): Person {
  const tag = randomUUID().slice(0, 8);
  return {
    name,
    email: `${name.toLowerCase().replace(/\W+/g, '.')}.${tag}@example.com`,
    password: `pw-${tag}-long`,
  };
}

/**
 * Signs up from the sign-in screen, or straight away on a first run, where an instance without accounts
 * opens on creating one.
 */
export async function signUp(page: Page, person: Person): Promise<void> {
  const switchToSignUp = page.getByRole('button', { name: 'Create an account' });
  const firstRun = page.getByRole('heading', { name: 'Welcome to Afterboard' });
  await switchToSignUp.or(firstRun).first().waitFor();
  if (await switchToSignUp.isVisible()) await switchToSignUp.click();
  await page.getByLabel('Name').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Resolves once the signed-in home greets `name` and has loaded the workspace list. */
export async function homeOf(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { name: `Welcome, ${name}` }).waitFor();
  // The greeting and the loading note appear in one render, so the note is visible or already gone now.
  await page.getByText('Loading workspaces…').waitFor({ state: 'hidden' });
}

/** Resolves once a first run's sign-up form is on screen. */
export async function firstRunScreen(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Welcome to Afterboard' }).waitFor();
}

/** Resolves once the sign-in form is on screen. */
export async function signInScreen(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Sign in to Afterboard' }).waitFor();
}

/**
 * Makes the person with `email` a member of the workspace named `workspace`, through the API as the owner
 * signed in on `page` (the UI for it is tested on its own, in the members test).
 */
export async function addMember(page: Page, url: string, workspace: string, email: string): Promise<void> {
  const listed = (await (await page.request.get(`${url}/api/workspaces`)).json()) as {
    workspaces: { id: string; name: string }[];
  };
  const found = listed.workspaces.find((each) => each.name === workspace);
  if (!found) throw new Error(`no workspace named ${workspace}`);
  const added = await page.request.post(`${url}/api/workspaces/${found.id}/members`, {
    data: { email, role: 'member' },
  });
  if (!added.ok()) throw new Error(`adding ${email} to ${workspace} failed: ${added.status()}`);
}
