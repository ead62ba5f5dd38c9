"""llmos appliance image builder: `python -m llmos_image build --profile x86_64-uefi`."""
