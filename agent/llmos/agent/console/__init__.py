"""The serial console: a line-oriented operator interface for dumb terminals at 115200 baud."""
