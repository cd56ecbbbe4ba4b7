"""A simulated meeting service (server side) for the demo, rehearsals and tests; shares only core/ data."""
