/**
 * The load generator of `npm run bench:bridge`, in a process of its own (so that it does not share the
 * bench's event loop): reads its options as JSON from argv, runs the load, prints the tally as JSON.
 */
import { runLoad, type LoadOptions } from '../device-bridge/load'

const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions
const tally = await runLoad(options)
process.stdout.write(`${JSON.stringify({ ...tally, points: Object.fromEntries(tally.points) })}\n`)
