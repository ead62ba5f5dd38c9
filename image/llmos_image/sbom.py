"""The image's software bill of materials: CycloneDX 1.6 JSON of what is installed in it.

Made from the built root tree, not from what was asked for: the Debian packages from dpkg's
status file, the Python distributions from the `*.dist-info` directories in /opt/llmos/lib
(the agent's own wheel among them), each wheel's sha256 and URL from pip's installation
report (the lock's `--require-hashes` install). It is written beside the image and the
manifest names it with its sha256. Identical inputs give identical bytes: the serial number is
derived from the build key and the timestamp is SOURCE_DATE_EPOCH.
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import Message
from importlib.metadata import PathDistribution
from pathlib import Path
from typing import Any

from cyclonedx.contrib.license.factories import LicenseFactory
from cyclonedx.model import HashAlgorithm, HashType, Property
from cyclonedx.model.bom import Bom, BomMetaData
from cyclonedx.model.component import Component, ComponentType
from cyclonedx.model.license import License
from cyclonedx.output.json import JsonV1Dot6
from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator
from packageurl import PackageURL

from .cache import file_sha256
from .lock import normalise

SCHEMA = SchemaVersion.V1_6
LIB = "opt/llmos/lib"
_licenses = LicenseFactory()


def debian_packages(root: Path) -> list[dict[str, str]]:
    """Installed packages from dpkg's status file (`install ok installed` only)."""
    status = root / "var/lib/dpkg/status"
    packages = []
    for stanza in status.read_text(errors="replace").split("\n\n"):
        fields: dict[str, str] = {}
        for line in stanza.splitlines():
            if line[:1] in (" ", "\t") or ":" not in line:
                continue  # continuation lines (descriptions, conffiles)
            key, _, value = line.partition(":")
            fields[key] = value.strip()
        if fields.get("Status") == "install ok installed" and "Package" in fields:
            packages.append(fields)
    return sorted(packages, key=lambda f: (f["Package"], f.get("Architecture", "")))


def debian_components(root: Path, suite: str) -> list[Component]:
    components = []
    for f in debian_packages(root):
        name, arch, version = f["Package"], f.get("Architecture", ""), f.get("Version", "")
        qualifiers = {"arch": arch, "distro": suite}
        source = f.get("Source", "").split(" ")[0]
        if source and source != name:
            qualifiers["upstream"] = source
        components.append(Component(
            type=ComponentType.LIBRARY if name.startswith("lib") else ComponentType.APPLICATION,
            name=name, version=version, bom_ref=f"deb:{name}:{arch}",
            purl=PackageURL("deb", "debian", name, version, qualifiers),
            publisher=f.get("Maintainer") or None,
            properties=[Property(name="llmos:source", value="dpkg")]))
    return components


def wheel_hashes(report: Path | None) -> dict[str, tuple[str, str]]:
    """normalised name -> (sha256, url) of every wheel in a pip installation report."""
    if report is None or not report.is_file():
        return {}
    found = {}
    for item in json.loads(report.read_text()).get("install", []):
        info = item.get("download_info", {})
        sha = info.get("archive_info", {}).get("hashes", {}).get("sha256", "")
        found[normalise(item["metadata"]["name"])] = (sha, info.get("url", ""))
    return found


def _python_licenses(meta: Message) -> list[License]:
    """License-Expression (PEP 639), else a one-line License field, else the classifiers."""
    expression = meta.get("License-Expression")
    if expression:
        return [_licenses.make_from_string(expression)]
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 80 and text.upper() != "UNKNOWN":
        return [_licenses.make_from_string(text)]
    names = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
             if c.startswith("License :: ") and c.count(" :: ") >= 2]
    return [_licenses.make_with_name(n) for n in sorted(set(names))]


def _dist_infos(lib: Path) -> Iterator[PathDistribution]:
    for d in sorted(lib.glob("*.dist-info")):
        yield PathDistribution(d)


def python_components(lib: Path, report: Path | None) -> list[Component]:
    hashes = wheel_hashes(report)
    components = []
    for dist in _dist_infos(lib):
        meta: Message = dist.metadata  # type: ignore[assignment]
        name, version = meta["Name"], meta["Version"]
        key = normalise(name)
        sha, url = hashes.get(key, ("", ""))
        props = [Property(name="llmos:source", value="dist-info")]
        if url:
            props.append(Property(name="llmos:wheel-url", value=url))
        components.append(Component(
            type=ComponentType.LIBRARY, name=name, version=version, bom_ref=f"pypi:{key}",
            purl=PackageURL("pypi", None, key, version),
            hashes=[HashType(alg=HashAlgorithm.SHA_256, content=sha)] if sha else [],
            licenses=_python_licenses(meta), properties=props))
    return components


def make_bom(root: Path, *, name: str, version: str, suite: str, source_date_epoch: int,
             pip_report: Path | None, properties: dict[str, str]) -> Bom:
    """The image (metadata.component) and everything installed in its root tree."""
    image = Component(type=ComponentType.OPERATING_SYSTEM, name=name, version=version,
                      bom_ref=f"image:{name}",
                      properties=[Property(name=f"llmos:{k}", value=v)
                                  for k, v in sorted(properties.items())])
    bom = Bom(serial_number=uuid.uuid5(uuid.NAMESPACE_URL, f"llmos-image:{name}:{version}"),
              metadata=BomMetaData(component=image,
                                   timestamp=datetime.fromtimestamp(source_date_epoch, UTC)))
    parts: list[Component] = [*debian_components(root, suite)]
    lib = root / LIB
    if lib.is_dir():
        parts += python_components(lib, pip_report)
    for c in parts:
        bom.components.add(c)
    bom.register_dependency(image, parts)
    return bom


def to_json(bom: Bom) -> str:
    return JsonV1Dot6(bom).output_as_string(indent=1) + "\n"


def validate(text: str) -> list[str]:
    """Schema errors of a CycloneDX JSON document (the library's strict validator)."""
    errors = JsonStrictValidator(SCHEMA).validate_str(text, all_errors=True)
    return [str(e) for e in errors or ()]


def counts(bom: Bom) -> dict[str, int]:
    kinds: dict[str, int] = {"debian": 0, "python": 0}
    for c in bom.components:
        if c.purl is not None:
            kinds["debian" if c.purl.type == "deb" else "python"] += 1
    return kinds


def write(path: Path, root: Path, **kw: Any) -> dict[str, Any]:
    """Write the SBOM to `path` (validated); what the manifest says about it."""
    bom = make_bom(root, **kw)
    text = to_json(bom)
    errors = validate(text)
    if errors:
        from .proc import BuildError
        raise BuildError(f"the SBOM does not validate: {'; '.join(errors[:3])}")
    path.write_text(text)
    return {"file": path.name, "format": f"CycloneDX {SCHEMA.to_version()} JSON",
            "sha256": file_sha256(path), "components": counts(bom)}
