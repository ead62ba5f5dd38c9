"""Signed model updates: a TUF repository of model bundles, A/B model slots on the state disk,
an on-device check of every candidate before it is switched to, and a health gate after.

- slots.py: the two slots, the `current` pointer and the update state, all written so that a
  power cut at any point leaves a complete bundle behind `current` (or none, and the factory
  bundle loads).
- fetch.py: python-tuf's ngclient against the fleet's repository: verified metadata, then the
  bundle's files, each checked against its signed length and hashes.
- candidate.py: the checks a staged bundle must pass on the device itself.
- updater.py: the order of it all (fetch, stage, check, switch, gate, roll back), one at a time.

The publisher's side (signing and adding bundles, rotating keys) is llmos/ctl/repository.py.
"""
