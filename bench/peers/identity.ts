// What the peer gateways (stock Apollo, Hive Gateway) need to talk to our subgraphs: their
// port and the subgraph URLs, and the signed identity header our subgraphs require on every call. The peers
// know nothing of our client tokens, so they state one fixed identity (the benchmark's role),
// re-signed every 30 s because the token lives 60 s.
import { internalSigner, type Role } from '#kit/auth';

export const peerPort = Number(process.env.BENCH_PORT);
export const subgraphUrls = { region: process.env.REGION_SUBGRAPH_URL!, ministry: process.env.MINISTRY_SUBGRAPH_URL! };

const signer = internalSigner(process.env.PASSERELLE_INTERNAL_SECRET!);
const identity = { subject: 'bench', role: (process.env.BENCH_ROLE ?? 'ministry-analyst') as Role };
let current = await signer.sign(identity);
setInterval(() => void signer.sign(identity).then((token) => (current = token)), 30_000).unref();

/** The identity token to send now. */
export const identityToken = () => current;
