/** The one import of the GitHub replica for e2e code. */
export * from '../../support/github-replica';
