/** `npm start`: serve the built site at http://localhost:4321 with production headers. */
import { startServer } from './server.ts';

const port = Number(process.env['PORT'] ?? 4321);
const host = process.env['HOST'] ?? 'localhost';
const { url } = await startServer('dist', port, host);
console.log(`\nDe keuzehulp draait op ${url}/  (stoppen: Ctrl+C)\n`);
