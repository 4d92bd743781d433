import '../core/heap.js';
import { main } from './program.js';

const code = await main(process.argv);
// `serve` and `demo` keep running; every other command ends here.
if (process.exitCode === undefined) process.exitCode = code;
