import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, importSPKI, KeyLike } from 'jose';

export interface KeyPair {
  /** Absent where only verification happens (a subgraph given only the public key). */
  privateKey?: KeyLike;
  publicKey: KeyLike;
  publicPem: string;
}

export interface KeyPairSource {
  /** File stem under HUB_KEY_DIR (default `.data/keys`). */
  name: string;
  alg: 'EdDSA' | 'ES256' | 'RS256';
  /** Environment variables holding PEM keys; when the public one is set, no file is read or made. */
  privateEnv: string;
  publicEnv: string;
}

const pairs = new Map<string, Promise<KeyPair>>();

/**
 * A signing key pair from the environment (production: keys from the secret store), or else made on first
 * use under HUB_KEY_DIR and shared by every process of one installation (the laptop default).
 */
export function loadKeyPair(source: KeyPairSource): Promise<KeyPair> {
  let pair = pairs.get(source.name);
  if (!pair) pairs.set(source.name, (pair = readKeyPair(source)));
  return pair;
}

async function readKeyPair({ name, alg, privateEnv, publicEnv }: KeyPairSource): Promise<KeyPair> {
  const publicPem = process.env[publicEnv];
  const privatePem = process.env[privateEnv];
  if (publicPem) {
    return { publicKey: await importSPKI(publicPem, alg), privateKey: privatePem ? await importPKCS8(privatePem, alg) : undefined, publicPem };
  }
  const dir = path.resolve(process.env.HUB_KEY_DIR ?? '.data/keys');
  const privateFile = path.join(dir, `${name}.key`);
  const publicFile = path.join(dir, `${name}.pub`);
  if (!existsSync(publicFile)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const generated = await generateKeyPair(alg, alg === 'EdDSA' ? { crv: 'Ed25519', extractable: true } : { extractable: true });
    try {
      // `wx`: when two processes start at once, the first file written wins and both read it back.
      writeFileSync(privateFile, await exportPKCS8(generated.privateKey), { flag: 'wx', mode: 0o600 });
      writeFileSync(publicFile, await exportSPKI(generated.publicKey), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  for (let attempt = 0; !existsSync(publicFile) && attempt < 100; attempt++) await new Promise((r) => setTimeout(r, 20));
  const pem = readFileSync(publicFile, 'utf8');
  return {
    publicKey: await importSPKI(pem, alg),
    privateKey: existsSync(privateFile) ? await importPKCS8(readFileSync(privateFile, 'utf8'), alg) : undefined,
    publicPem: pem,
  };
}
