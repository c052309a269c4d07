import { describe, expect, it } from 'vitest';
import { internalSigner, internalVerifier, rememberingVerifier, secretKey, signIdentityToken, TokenRejected, type Identity } from '#kit/auth';

// The gateway signs a caller's internal token once per half-minute and the subgraphs remember
// the tokens they accepted until they expire — without ever accepting what they would refuse.

const secret = 'test-only-internal-secret-0123456789abcdef';
const analyst: Identity = { subject: 'analyst', role: 'ministry-analyst' };
const hr01: Identity = { subject: 'hr', role: 'region-hr', regionCode: 'MA-01' };
const hr02: Identity = { subject: 'hr', role: 'region-hr', regionCode: 'MA-02' };

describe('internal token reuse', () => {
  it('hands one caller the same token again, and another caller (or the same subject in another region) its own', async () => {
    const signer = internalSigner(secret);
    const first = await signer.sign(analyst);
    expect(await signer.sign({ ...analyst })).toBe(first);
    const other = await signer.sign(hr01);
    expect(other).not.toBe(first);
    expect(await signer.sign(hr02)).not.toBe(other);
    const verify = internalVerifier(secretKey(secret));
    expect(await verify(other)).toEqual(hr01);
    expect(await verify(await signer.sign(hr02))).toEqual(hr02);
  });

  it('a remembered token does not vouch for a altered one, nor for itself once expired', async () => {
    const options = { key: secretKey(secret), issuer: 'i', audience: 'a', algorithms: ['HS256'], label: 'token' };
    const verify = rememberingVerifier(options);
    const token = await signIdentityToken(analyst, secretKey(secret), { issuer: 'i', audience: 'a', expiresIn: '1s' });
    expect(await verify(token)).toEqual(analyst);
    expect(await verify(token)).toEqual(analyst);
    const altered = `${token.slice(0, -2)}${token.endsWith('A') ? 'BB' : 'AA'}`;
    await expect(verify(altered)).rejects.toBeInstanceOf(TokenRejected);
    // jose allows 5 s of clock skew past `exp`; the remembered entry itself ends at `exp`.
    await new Promise((resolve) => setTimeout(resolve, 6_500));
    await expect(verify(token)).rejects.toThrow(/expired/);
  }, 15_000);
});
