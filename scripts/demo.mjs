// `npm run demo` starts here: Node 20 runs the TypeScript demo through jiti, the loader WXT
// itself uses for its config. Functions handed to browser pages arrive there as written.
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url, { fsCache: false });
await jiti.import('./demo.ts');
