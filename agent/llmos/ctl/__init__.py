"""llmosctl: the fleet-side command line for llmos devices."""
