"""The on-device daemon, llmos-agent."""
