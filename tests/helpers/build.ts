import { fileURLToPath } from 'node:url';

/** A module of the build in dist/ (made by `npm run build`, which `npm test` runs first), as npm's scripts run it. */
export const built = (path: string): string => fileURLToPath(new URL(`../../dist/${path}`, import.meta.url));
