"""The fleet link: the agent dials out to an MQTT 5 broker (docs/fleet.md). Off unless
`[fleet] enabled`."""

from llmos.agent.mqtt.link import FleetLink, device_name

__all__ = ["FleetLink", "device_name"]
