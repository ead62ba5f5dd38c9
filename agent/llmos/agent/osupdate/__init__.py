"""A/B OS updates: RAUC bundles over gRPC, the boot trial's health gate (docs/updates.md)."""
