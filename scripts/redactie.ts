/**
 * `npm run redactie`: the local editor. Opens forms for the content in
 * content/, made from the same schemas as the build, on http://127.0.0.1:4322.
 * Stop it with Ctrl+C. Usage: npm run redactie [-- --poort 4400]
 */
import { editorServer } from '../src/redactie/server.ts';

const at = process.argv.indexOf('--poort');
const port = at > 0 ? Number(process.argv[at + 1]) : 4322;
editorServer().listen(port, '127.0.0.1', () => {
  console.log(`Redactie: open http://127.0.0.1:${port}/ in je browser. Stoppen: Ctrl+C.`);
});
