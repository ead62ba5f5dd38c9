"""llmos: an edge appliance whose system controller is a small on-device language model."""

__version__ = "0.1.0"
