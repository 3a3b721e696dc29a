// ink draws only the last frame, once, at exit, when the environment says it runs in CI (the
// is-in-ci package: CI or CONTINUOUS_INTEGRATION set and not "0"/"false"). That suits a build
// log; it does not suit the lab, whose terminal UI opens only on a terminal it owns and whose
// casts are made of every frame. A demo recorded in a CI job, or a lab opened in a shell where CI
// happens to be set, would otherwise show a blank screen until exit and write a cast of one frame.
//
// is-in-ci reads the environment once, when ink is first loaded: call this before that (the bin
// at the top of main, the test runner before the first test file). The lab's machine never sees
// the host's environment, so nothing else reads these two variables.
export function drawEveryFrame(env: NodeJS.ProcessEnv = process.env): void {
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
}
