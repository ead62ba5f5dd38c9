"""Offline voice commands: microphone -> VAD -> recogniser -> normaliser -> the controller.

Light to import: the recogniser and the microphone are loaded only when a pipeline starts.
`start_voice` (service.py) is the daemon's entry point; `hear_audio` (pipeline.py) is what
`llmos-agent hear` (cli/hear.py) runs a recording through.
"""
