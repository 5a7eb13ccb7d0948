import { setFlagsFromString } from 'node:v8';

// V8 learns at load time that the index's allocation sites make long-lived objects and then allocates everything from
// those sites in old space, so each question's short-lived sets and arrays became old-space garbage (1.3 MB a question
// on the large corpus) that only a full collection reclaims, in pauses of 150–300 ms inside a question. Without
// allocation-site pretenuring they die young, in scavenges of a few milliseconds.
setFlagsFromString('--no-allocation-site-pretenuring');
