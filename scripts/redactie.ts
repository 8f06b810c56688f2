/**
 * `npm run redactie`: the local editor. Opens forms for the content in
 * content/, made from the same schemas as the build, on http://127.0.0.1:4322.
 * Stop it with Ctrl+C. Usage: npm run redactie [-- --poort 4400]
 */
import { editorServer } from '../src/redactie/server.ts';

const at = process.argv.indexOf('--poort');
const port = at > 0 ? Number(process.argv[at + 1]) : 4322;
const server = editorServer();
server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE') throw error;
  // In plain words for a maintainer, instead of a stack trace.
  console.error(`Poort ${port} is al in gebruik. Draait de redactie al in een ander venster? Of kies een andere poort: npm run redactie -- --poort 4400`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Redactie: open http://127.0.0.1:${port}/ in je browser. Stoppen: Ctrl+C.`);
});
