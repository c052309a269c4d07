import { GraphQLError } from 'graphql';
import { ErrorCode } from '#kit/errors';
import { peerRequest } from '#kit/write';
import type { RegionContext } from '../../context.js';
import type { TrainingSessionRow } from './store.js';

// The trainer's calendar is the ministry's (it owns Expert): a session with a trainer books its
// days there, so an expert cannot be double-booked by two regions — even two regions whose
// sessions live in different databases. Called inside the region's own transaction, last: a
// refusal there undoes the session here; should the region's commit fail after a booking, the
// caller releases it (compensation), and booking the same session again only moves it.

const BOOK = `mutation($input: BookExpertInput!) { bookExpert(input: $input) { sessionId } }`;
const RELEASE = `mutation($sessionId: ID!) { releaseExpertBooking(sessionId: $sessionId) }`;

/** Books, moves or frees the session's days in its trainer's calendar, as the session now stands. */
export async function syncTrainerBooking(context: RegionContext, session: TrainingSessionRow, argumentName: string): Promise<void> {
  if (!session.trainerExpertId || session.status === 'CANCELLED') {
    await peerRequest(context, 'ministry', RELEASE, { sessionId: session.id });
    return;
  }
  try {
    await peerRequest(context, 'ministry', BOOK, {
      input: { sessionId: session.id, expertId: session.trainerExpertId, regionCode: session.regionCode, startsOn: session.startsOn, endsOn: session.endsOn },
    });
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === ErrorCode.CONFLICT) {
      throw new GraphQLError(error.message, { extensions: { ...error.extensions, argumentName } });
    }
    throw error;
  }
}

/** Compensation: frees what a session booked when the region's transaction did not commit. */
export async function releaseTrainerBooking(context: RegionContext, sessionId: string): Promise<void> {
  await peerRequest(context, 'ministry', RELEASE, { sessionId }).catch((error: unknown) => compensationFailed(context, sessionId, error));
}

/** Compensation: puts the booking back as the session still stands (its change did not commit). */
export async function restoreTrainerBooking(context: RegionContext, session: TrainingSessionRow): Promise<void> {
  await syncTrainerBooking(context, session, 'input.id').catch((error: unknown) => compensationFailed(context, session.id, error));
}

/** A calendar left out of step with the session: said in the request's log line, to be put right by hand. */
function compensationFailed(context: RegionContext, sessionId: string, error: unknown): void {
  const reason = error instanceof GraphQLError ? `${String(error.extensions.code)}: ${error.message}` : 'the ministry did not answer';
  (context.trail.warnings ??= []).push(`trainer booking of session ${sessionId} not put back (${reason})`);
}
