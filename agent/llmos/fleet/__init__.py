"""llmos-fleet: the fleet manager. Devices dial out to its MQTT broker; it keeps the registry,
shadows, jobs, enrollment and an audit log, and serves llmos.fleet.v1 over gRPC (docs/fleet.md)."""
